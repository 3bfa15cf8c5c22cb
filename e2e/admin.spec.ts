import type { APIRequestContext, Page } from "@playwright/test";
import { expect, latestMailTo, test, type TTestUser } from "./fixtures";
import { ADMIN, candidatePage, signInAsAdmin } from "./helpers/admin";
import { saveScreen } from "./screens";

/**
 * The admin console: who can reach it, the metrics, and the flagged-answers queue. Questions are in
 * admin-questions.spec.ts, support and users in admin-support-users.spec.ts.
 */

const ANSWER = [
  "Last spring our team had to move the billing service to a new queue. A teammate wanted to switch everything over in one night;",
  "I thought a failed night would block invoices for thousands of customers. I wrote a short comparison of the one-night switch and a",
  "gradual rollout behind a flag, with our history: two of our last four big-bang releases had been rolled back. We rolled out over two",
  "weeks with zero failed invoices. I learned to bring data to a disagreement. <b>not bold</b>",
].join(" ");

async function bearer(request: APIRequestContext, user: TTestUser): Promise<Record<string, string>> {
  const response = await request.post("/api/v1/auth/token", { data: { email: user.email, password: user.password } });
  expect(response.status(), await response.text()).toBe(200);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

/** A verified candidate answers two questions through the REST API and disputes both scores; returns the answer ids. */
async function disputedAnswers(page: Page, user: TTestUser): Promise<string[]> {
  await page.goto(await latestMailTo(page, user.email, "/verify-email"));
  await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();
  const headers = await bearer(page.request, user);
  const started = await page.request.post("/api/v1/interviews", { headers, data: { track: "behavioral", level: "mid", questionCount: 2 } });
  expect(started.status(), await started.text()).toBe(201);
  const interview = ((await started.json()) as { interview: { id: string; questions: Array<{ questionId: string }> } }).interview;
  const ids: string[] = [];
  for (const question of interview.questions) {
    const submitted = await page.request.post(`/api/v1/interviews/${interview.id}/answers`, {
      headers,
      data: { questionId: question.questionId, answer: ANSWER, timeSpentSeconds: 120 },
    });
    expect(submitted.status(), await submitted.text()).toBe(202);
    ids.push(((await submitted.json()) as { answer: { id: string } }).answer.id);
  }
  for (const answerId of ids) {
    await expect(async () => {
      const response = await page.request.get(`/api/v1/answers/${answerId}`, { headers });
      expect(((await response.json()) as { answer: { status: string } }).answer.status).not.toBe("pending");
    }).toPass({ timeout: 30_000 });
    // The candidate's browser session, through tRPC, as the dispute button on the feedback card calls it.
    const disputed = await page.request.post("/api/trpc/support.disputeScore", {
      data: { json: { answerId, reason: "The score ignored the result I described: zero failed invoices." } },
    });
    expect(disputed.status(), await disputed.text()).toBe(200);
  }
  return ids;
}

test.describe("admin console", () => {
  test("anyone but an admin gets a 404 on the admin pages", async ({ page, signedInUser, browser }, testInfo) => {
    expect(signedInUser.email).toBeTruthy();
    for (const path of ["/admin", "/admin/users", "/admin/flagged"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
    }
    const signedOut = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const anonymous = await signedOut.newPage();
    const response = await anonymous.goto("/admin");
    expect(response?.status()).toBe(404);
    expect(new URL(anonymous.url()).pathname).toBe("/admin");
    await signedOut.close();
  });

  test("metrics: KPI tiles and a chart per daily series, for 7, 30 and 90 days", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Metrics" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Metrics" })).toHaveAttribute("aria-current", "page");

    // At least the admin joined in the last 7 days.
    const newUsers = page.locator("dt", { hasText: /^New users$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(newUsers).toHaveText(/^\d[\d,]*$/);
    expect(Number((await newUsers.innerText()).replace(/,/g, ""))).toBeGreaterThanOrEqual(1);

    for (const name of ["New users per day", "Active users per day", "Interviews started and completed per day", "Answers scored and flagged per day", "Revenue per day"]) {
      const chart = page.getByRole("img", { name: new RegExp(`^${name}`) });
      await expect(chart).toBeVisible();
      await expect(chart.locator("title").first()).toHaveText(name);
      expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(150);
    }
    // A row per day (7, or 8 with today's part-day) in the hidden data table of each chart.
    expect(await page.getByRole("table", { name: /New users per day, per day/ }).locator("tbody tr").count()).toBeGreaterThanOrEqual(7);
    await saveScreen(page, "admin-metrics");

    await page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "30 days" }).click();
    await expect(page).toHaveURL(/\/admin\?days=30$/);
    await expect(page.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
    await expect(async () => {
      expect(await page.getByRole("table", { name: /New users per day, per day/ }).locator("tbody tr").count()).toBeGreaterThanOrEqual(30);
    }).toPass();
  });

  test("flagged: a disputed answer is resolved by a manual score and a built-in rescore, and the audit log shows it", async ({ page, browser }, testInfo) => {
    test.setTimeout(120_000);
    const candidate = await candidatePage(browser, testInfo);
    const ids = await disputedAnswers(candidate.page, candidate.user);
    await candidate.close();

    await signInAsAdmin(page);
    await page.goto("/admin/flagged");
    const items = page.getByRole("article").filter({ hasText: candidate.user.email });
    await expect(items).toHaveCount(ids.length);
    const first = items.first();
    await expect(first.getByText("Disputed by the candidate")).toBeVisible();
    await expect(first.getByText("The score ignored the result I described")).toBeVisible();
    // The answer is text: the markup in it shows as typed.
    await expect(first.getByText("<b>not bold</b>")).toBeVisible();
    await expect(first.getByRole("button", { name: "Rescore with AI" })).toBeDisabled();
    await expect(first.getByText(/set OPENAI_API_KEY/)).toBeVisible();
    await saveScreen(page, "admin-flagged");

    // A manual score: one whole number per rubric dimension and a note.
    await first.getByRole("button", { name: "Manual score" }).click();
    const inputs = first.getByRole("spinbutton");
    await expect(inputs).toHaveCount(5);
    await first.getByRole("button", { name: "Save manual score" }).click();
    await expect(first.getByText("Say why you changed the score.")).toBeVisible();
    for (const input of await inputs.all()) await input.fill("8");
    await first.getByLabel("Note").fill("The result was measured and clearly stated.");
    await first.getByRole("button", { name: "Save manual score" }).click();
    const status = page.getByRole("status").filter({ hasText: "Saved a manual score" });
    await expect(status).toContainText("80 / 100");
    await expect(status).toBeFocused();
    await expect(items).toHaveCount(ids.length - 1);

    // The other one: rescored with the built-in scorer.
    await items.first().getByRole("button", { name: "Rescore with built-in" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rescored" })).toContainText("built-in scorer");
    await expect(items).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("article").filter({ hasText: candidate.user.email })).toHaveCount(0);

    // The metrics now have answers, scores and flags to draw.
    await page.goto("/admin");
    await expect(page.getByRole("img", { name: /^Answers scored and flagged per day/ })).toBeVisible();
    await saveScreen(page, "admin-metrics-with-data");

    await page.goto(`/admin/audit?action=answer.manual_score`);
    const row = page.getByRole("row").filter({ hasText: ids[0]! }).or(page.getByRole("row").filter({ hasText: ids[1]! }));
    await expect(row.first()).toContainText(ADMIN.email);
    await expect(row.first()).toContainText('"total":80');
    await saveScreen(page, "admin-audit");
  });

});
