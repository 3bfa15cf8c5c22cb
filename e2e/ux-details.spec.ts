/**
 * Details the earlier passes noticed and left (ux-walk, ux-keyboard): the skip link's target is not boxed
 * by a focus ring, the job requirements' buttons line up on a phone, an upload says what it is doing while
 * the file is read, and the report folds a very long answer (in full when printed). One candidate, set up
 * through the REST API, so the spec stays short.
 */
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { verifyEmailFromMailbox } from "./practice-helpers";
import { signInAsAdmin } from "./helpers/admin";
import { answerAndWait } from "./rest-practice";
import { auditScreen } from "./ux-audit";

const json = { "content-type": "application/json" };
const PHONE = { width: 390, height: 844 };
// Thirteen requirements, some with long mapping notes (the rows whose buttons wrapped to the left).
const DESCRIPTION = fs.readFileSync(path.resolve("test/fixtures/job-descriptions/behavioral-engineering-manager.txt"), "utf8");

async function bearer(request: APIRequestContext, user: { email: string; password: string }): Promise<Record<string, string>> {
  const response = await request.post("/api/v1/auth/token", { data: { email: user.email, password: user.password } });
  expect(response.status(), await response.text()).toBe(200);
  return { authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

/** About 1,500 words: what a candidate pastes from notes, which made the report's pages run on. */
function veryLongAnswer(): string {
  const sentence = "I would measure the p99 latency first, then add a read-through cache with a sixty second TTL and invalidate it on write. ";
  return `Opening words of the answer. ${sentence.repeat(70)}Closing words of the answer.`;
}

/** The left and right edges of each requirement row's Remove button and Kind select, at the page's current width. */
async function rowEdges(page: Page) {
  return page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Remove requirement \d+$/ }) }).evaluateAll((rows) =>
    rows.map((row) => {
      const remove = Array.from(row.querySelectorAll("button")).find((button) => /^Remove requirement/.test(button.getAttribute("aria-label") ?? ""))!;
      const select = row.querySelector("select")!;
      return { removeRight: Math.round(remove.getBoundingClientRect().right), selectRight: Math.round(select.getBoundingClientRect().right) };
    }),
  );
}

test("skip link, requirement rows on a phone, upload progress and a folded long answer", async ({ page, signedInUser }) => {
  test.setTimeout(150_000);
  await verifyEmailFromMailbox(page, signedInUser.email);
  const headers = await bearer(page.request, signedInUser);

  // The skip link moves focus to the page's main region, which does not get a page-sized focus ring.
  await page.goto("/dashboard");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  const main = page.locator("main#main");
  await expect(main).toBeFocused();
  expect(await main.evaluate((element) => getComputedStyle(element).outlineStyle), "no focus ring around the whole main region").toBe("none");

  // A job's requirements on a phone: every row's buttons at the same place, under the note, at the right edge.
  const created = await page.request.post("/api/v1/job-targets", {
    headers: { ...json, ...headers },
    data: {
      title: "Platform Engineering Manager",
      level: "senior",
      description: DESCRIPTION,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { jobTarget } = (await created.json()) as { jobTarget: { id: string; requirements: unknown[] } };
  expect(jobTarget.requirements.length).toBeGreaterThan(1);
  await page.setViewportSize(PHONE);
  await page.goto(`/jobs/${jobTarget.id}`);
  const edges = await rowEdges(page);
  expect(edges.length).toBe(jobTarget.requirements.length);
  for (const [index, edge] of edges.entries()) {
    expect.soft(edge.removeRight, `requirement ${index + 1}'s Remove lines up with its Kind select at 390 px`).toBe(edge.selectRight);
  }

  // Uploading a description: while the file is read, the status line names it; a damaged file says so plainly.
  await page.goto("/jobs/new");
  await page.route("**/api/v1/job-targets/upload**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue().catch(() => undefined);
  });
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Upload the job description" }).click();
  await (await chooser).setFiles({ name: "job-description.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nnot really a pdf") });
  await expect(page.getByRole("status").filter({ hasText: "Reading job-description.pdf" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Reading the file/ })).toHaveAttribute("aria-disabled", "true");
  await auditScreen(page, "jobs-upload-reading");
  await expect(page.getByRole("alert").filter({ hasText: "This file could not be read" })).toBeVisible({ timeout: 20_000 });
  await page.unroute("**/api/v1/job-targets/upload**");
  await page.setViewportSize({ width: 1280, height: 900 });

  // A 1,500-word answer in the report: its opening words and a disclosure, in full when printed.
  const started = await page.request.post("/api/v1/interviews", { headers: { ...json, ...headers }, data: { track: "software_engineering", level: "junior", questionCount: 1 } });
  expect(started.status(), await started.text()).toBe(201);
  const { interview } = (await started.json()) as { interview: { id: string; questions: Array<{ questionId: string }> } };
  await answerAndWait(page.request, headers, interview.id, interview.questions[0]!.questionId, veryLongAnswer());
  const completed = await page.request.post(`/api/v1/interviews/${interview.id}/complete`, { headers });
  expect(completed.status(), await completed.text()).toBe(200);
  await page.goto(`/interviews/${interview.id}/report`);
  const toggle = page.getByText(/^Show the whole answer \(1,\d{3} words\)$/);
  await expect(toggle).toBeVisible();
  await expect(page.getByTestId("answer-excerpt")).toContainText("Opening words of the answer.");
  await expect(page.getByText("Closing words of the answer.")).toBeHidden();
  const reportHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await auditScreen(page, "report-folded-answer");
  await toggle.click();
  await expect(page.getByText("Closing words of the answer.")).toBeVisible();
  await expect(page.getByTestId("answer-excerpt")).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollHeight), "the unfolded answer adds its length").toBeGreaterThan(reportHeight + 1_000);
  await page.getByText("Show less").click();
  await expect(page.getByText("Closing words of the answer.")).toBeHidden();
  // Printed (or saved as PDF), the answer is there in full, without the excerpt or the toggle.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("Closing words of the answer.")).toBeVisible();
  await expect(page.getByTestId("answer-excerpt")).toBeHidden();
  await expect(toggle).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("the admin's user list on a phone: a long address reads in a few lines", async ({ page }) => {
  await signInAsAdmin(page);
  await page.setViewportSize(PHONE);
  await page.goto("/admin/users");
  const emails = page.getByRole("table").getByRole("row").locator("td:nth-child(2)");
  await expect(emails.first()).toBeVisible();
  // The column had the width left over from the names (about six characters) and broke addresses eight lines high.
  const widths = await emails.evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
  expect(Math.min(...widths), "the email column's width at 390 px").toBeGreaterThanOrEqual(250);
});
