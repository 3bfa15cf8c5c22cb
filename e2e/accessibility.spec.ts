import type { APIRequestContext, Page } from "@playwright/test";
import { testPassword } from "../test/secret-marker";
import { expect, latestMailTo, registerUser, signInThroughApi, test, uniqueEmail, type TTestUser } from "./fixtures";
import { saveScreen, saveViewport, screenName } from "./screens";
import { axeViolations } from "./ux-audit";

/**
 * Zero axe violations (WCAG 2.x A and AA rules plus axe's best practices) on every page a candidate
 * or an admin uses, at desktop width and at 390 px. Swagger UI's own page (/docs) is not ours.
 */
const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@e2e.test", password: process.env.ADMIN_PASSWORD ?? testPassword("staff") };
const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const ANSWER =
  "I would start by asking what the users need, then list the options with their costs, pick the one with the best ratio, " +
  "ship it behind a flag to ten percent of users, and measure the error rate and latency for a week before the full rollout.";

async function expectNoViolations(page: Page, path: string) {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    const response = await page.goto(path);
    expect(response?.status(), `${path} opens`).toBeLessThan(400);
    await expect(page.locator("main").first()).toBeVisible();
    // Client components and streamed sections settle before the scan.
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
    expect(await axeViolations(page), `axe violations on ${path} at ${size.width} px`).toEqual([]);
    // Every page this spec visits is also the screenshot set (test-results/screens/), desktop and phone.
    await saveViewport(page, screenName(path), size.name);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function bearer(request: APIRequestContext, user: Pick<TTestUser, "email" | "password">): Promise<Record<string, string>> {
  const response = await request.post("/api/v1/auth/token", { data: { email: user.email, password: user.password } });
  expect(response.status(), await response.text()).toBe(200);
  return { authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

/** A verified candidate with one completed interview (for the report) and one in progress. */
async function candidateWithInterviews(page: Page, user: TTestUser): Promise<{ completedId: string; inProgressId: string }> {
  await registerUser(page.request, user);
  await signInThroughApi(page, user);
  await page.goto(await latestMailTo(page, user.email, "/verify-email"));
  await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();
  const headers = await bearer(page.request, user);
  const start = async () => {
    const started = await page.request.post("/api/v1/interviews", { headers, data: { track: "software_engineering", level: "mid", questionCount: 1 } });
    expect(started.status(), await started.text()).toBe(201);
    return ((await started.json()) as { interview: { id: string; questions: Array<{ questionId: string }> } }).interview;
  };
  const done = await start();
  const submitted = await page.request.post(`/api/v1/interviews/${done.id}/answers`, {
    headers,
    data: { questionId: done.questions[0]!.questionId, answer: ANSWER, timeSpentSeconds: 90 },
  });
  expect(submitted.status(), await submitted.text()).toBe(202);
  await expect(async () => {
    const completed = await page.request.post(`/api/v1/interviews/${done.id}/complete`, { headers });
    expect(completed.status(), await completed.text()).toBe(200);
  }).toPass({ timeout: 20_000 });
  const open = await start();
  return { completedId: done.id, inProgressId: open.id };
}

test.describe("axe: zero violations", () => {
  test("public pages", async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ["/", "/pricing", "/sign-in", "/sign-up", "/forgot-password", "/contact", "/unsubscribe?token=not-a-token"]) {
      await expectNoViolations(page, path);
    }
    await page.goto("/contact");
    await saveScreen(page, "contact");
  });

  test("a candidate's pages", async ({ page }) => {
    test.setTimeout(180_000);
    const user = { name: "Axe Candidate", email: uniqueEmail(), password: testPassword("e2e") };
    const { completedId, inProgressId } = await candidateWithInterviews(page, user);
    for (const path of [
      "/dashboard",
      "/practice",
      `/practice/${inProgressId}`,
      `/interviews/${completedId}/report`,
      "/history",
      "/progress",
      "/settings",
      "/help",
    ]) {
      await expectNoViolations(page, path);
    }
    await page.goto(`/practice/${inProgressId}`);
    await saveScreen(page, "practice-session");
    await page.goto("/settings");
    await saveScreen(page, "settings");
  });

  test("the admin console", async ({ page }) => {
    test.setTimeout(180_000);
    await signInThroughApi(page, ADMIN);
    for (const path of ["/admin", "/admin/users", "/admin/questions", "/admin/flagged", "/admin/support", "/admin/audit", "/admin/system"]) {
      await expectNoViolations(page, path);
    }
    await page.goto("/admin/users");
    const firstUser = page.locator('main a[href^="/admin/users/"]').first();
    await expectNoViolations(page, (await firstUser.getAttribute("href"))!);
  });
});
