/**
 * An interview finished in one place must not look open in another: Back after "Finish interview"
 * (Next's router cache) and a second tab left open both showed the answer form, Retry and Finish, and
 * every action failed with "This interview is completed". Now the page reads the interview again when
 * its copy is old (on mount, focus, a back-forward restore) and on the server's "closed" answer.
 */
import { expect, test } from "./fixtures";
import { startOneQuestionInterview, verifyEmailFromMailbox } from "./practice-helpers";

const ANSWER =
  "I would add an index on the column the slow query filters by, check the plan with EXPLAIN ANALYZE before and after, " +
  "and watch p95 latency. The trade-off is slower writes and more storage, which is fine for a read-heavy table.";

test("Back after finishing, and a second tab left open, show the finished interview", async ({ page, context, signedInUser }) => {
  test.setTimeout(120_000);
  await verifyEmailFromMailbox(page, signedInUser.email);
  await startOneQuestionInterview(page);
  const interviewUrl = page.url();
  const other = await context.newPage();
  await other.goto(interviewUrl);
  await expect(other.getByLabel("Your answer", { exact: true })).toBeVisible();
  const otherLoadedAt = Date.now();

  await page.bringToFront();
  await page.getByLabel("Your answer", { exact: true }).fill(ANSWER);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("article", { name: "Your score", exact: true })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Finish interview" }).click();
  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}\/report$/, { timeout: 30_000 });

  await page.goBack();
  await expect(page.getByText("Interview completed")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Finish interview" })).toHaveCount(0);

  // The other tab, rendered before the finish, comes back to the front once its copy is old (over 5 s:
  // the built-in scorer can finish all of the above sooner).
  await other.waitForTimeout(Math.max(0, otherLoadedAt + 6_000 - Date.now()));
  await other.bringToFront();
  await other.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(other.getByText("Interview completed")).toBeVisible({ timeout: 15_000 });
  await expect(other.getByLabel("Your answer", { exact: true })).toHaveCount(0);
});

test("with every question skipped and nothing drafted, the page says an answer is needed instead of offering Finish", async ({ page, signedInUser }) => {
  await verifyEmailFromMailbox(page, signedInUser.email);
  await startOneQuestionInterview(page);
  await page.getByRole("button", { name: "Skip this question" }).click();
  await expect(page.getByText("You skipped this question.")).toBeVisible();
  await expect(page.getByText("Answer at least one question before completing the interview.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Finish interview" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Abandon interview" })).toBeVisible();
});
