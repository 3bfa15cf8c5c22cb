import { expect, test } from "./fixtures";
import { startOneQuestionInterview, verifyEmailFromMailbox } from "./practice-helpers";
import { keepScreenshot } from "./screens";

/** Short and a bare list: little to judge, in a format word-based analysis reads less reliably. */
const SHORT_ANSWER = "- cache\n- replicas\n- queue";

test("a short, list-like answer gets a score marked as an estimate, with the reasons", async ({ page, signedInUser }, testInfo) => {
  test.setTimeout(90_000);
  await verifyEmailFromMailbox(page, signedInUser.email);

  await startOneQuestionInterview(page);

  await page.getByLabel("Your answer", { exact: true }).fill(SHORT_ANSWER);
  await page.getByRole("button", { name: "Submit answer" }).click();
  const card = page.getByRole("article", { name: "Your score", exact: true });
  await expect(card).toBeVisible({ timeout: 30_000 });

  const note = card.getByRole("group", { name: "How sure this score is" });
  await expect(note).toBeVisible();
  await expect(note).toContainText("Estimate — the analyzer is less sure of this score because the answer is short");
  await expect(note.getByRole("listitem").first()).toBeVisible();
  // No AI grader on the e2e server: the tip is about the answer, not the AI.
  await expect(note).toContainText("For a firmer score, answer in a few full sentences");

  await card.scrollIntoViewIfNeeded();
  // The README's picture of a feedback card; refreshed on demand so a test run leaves the tree clean.
  if (process.env.UPDATE_DOCS_SCREENSHOTS === "1") await card.screenshot({ path: "docs/feedback-card.png" });
  await keepScreenshot(card, testInfo.outputPath("feedback-card.png"));
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(note).toBeVisible();
  await keepScreenshot(card, testInfo.outputPath("feedback-card-390.png"));
});
