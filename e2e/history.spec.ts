import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { verifyEmailFromMailbox } from "./practice-helpers";
import { keepScreenshot, saveScreen } from "./screens";

const ANSWER = [
  "Last spring our team had to move the billing service to a new queue. A teammate wanted to switch everything over in one night;",
  "I thought a failed night would block invoices for thousands of customers. My task was to reach a decision within a week without a standoff.",
  "I wrote a short comparison of the one-night switch and a gradual rollout behind a flag, with our history: two of our last four big-bang",
  "releases had been rolled back. I asked him to find the holes in my plan; he found that duplicate messages could double-charge,",
  "and I added an idempotency key to fix it. We rolled out over two weeks with zero failed invoices, and the idempotency check now protects",
  "every payment job. I learned to bring data to a disagreement and to invite the other person to improve my proposal instead of defending it.",
].join(" ");

const interviewUrl = /\/practice\/([0-9a-f-]{36})(\?.*)?$/;

/** The dashboard's one-click start for a track lands on the new interview; returns its id. */
async function startFromDashboard(page: Page, track: string): Promise<string> {
  await page.goto("/dashboard");
  await page.getByRole("link", { name: new RegExp(`^Start ${track}`) }).click();
  // A free plan's start costs quota: the one-click start asks first.
  await page.getByRole("button", { name: "Yes, use 1 interview and start" }).click();
  await expect(page).toHaveURL(interviewUrl, { timeout: 20_000 });
  return interviewUrl.exec(page.url())![1]!;
}

test.describe("dashboard, history and report", () => {
  test("a completed interview shows on the dashboard, in the history and as a report, and can be deleted", async ({ page, signedInUser }, testInfo) => {
    test.setTimeout(120_000);
    await verifyEmailFromMailbox(page, signedInUser.email);

    // A new candidate: the dashboard invites a first interview.
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Start your first interview" })).toBeVisible();
    await expect(page.getByText("0 of 2 used")).toBeVisible();
    await saveScreen(page, "history-dashboard-new");
    await page.goto("/history");
    await expect(page.getByText("No interviews yet")).toBeVisible();

    // One click from the dashboard: answer the first of 3 questions in the practice UI, skip the rest, finish.
    const interviewId = await startFromDashboard(page, "Behavioral");
    await expect(page.getByText("Question 1 of 3")).toBeVisible();
    await page.getByLabel("Your answer", { exact: true }).fill(ANSWER);
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByRole("article", { name: "Your score", exact: true })).toBeVisible({ timeout: 30_000 });
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByText("Question 2 of 3")).toBeVisible();
    await page.getByRole("button", { name: "Skip this question" }).click();
    await expect(page.getByText("Question 3 of 3")).toBeVisible();
    await page.getByRole("button", { name: "Skip this question" }).click();
    await expect(page.getByText("You skipped this question.")).toBeVisible();
    await page.getByRole("button", { name: "Finish interview" }).click();

    // The report: overall score, pass mark, skills chart, every question with the answer and its feedback.
    await expect(page).toHaveURL(`/interviews/${interviewId}/report`, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Interview report" })).toBeVisible();
    const overallScore = Number((await page.getByTestId("overall-score").textContent())?.match(/^\d+/)?.[0]);
    expect(overallScore).toBeGreaterThanOrEqual(0);
    const passed = overallScore >= 65;
    const scoreText = new RegExp(`^${overallScore}\\s*/\\s*100$`);
    await expect(page.getByRole("img", { name: `Overall score ${overallScore} out of 100, pass mark 65` })).toBeVisible();
    await expect(page.getByText("Pass mark for Mid-level: 65")).toBeVisible();
    const verdict = passed ? /^✓ Passed$/ : /^✗ Not passed$/;
    await expect(page.getByRole("region", { name: "Overall score" }).getByText(verdict)).toBeVisible();
    const skills = page.getByRole("region", { name: "Skills" });
    await expect(skills.getByRole("figure", { name: "Average score per skill, out of 10" }).getByRole("listitem")).toHaveCount(5);
    await expect(skills.getByText("Action", { exact: true })).toBeVisible();
    // To the half point, as the feedback card writes a dimension (7, 7.5).
    await expect(skills.getByText(/^\d+(\.5)?\/10$/)).toHaveCount(5);
    const firstQuestion = page.getByRole("article", { name: "Question 1" });
    await expect(firstQuestion.getByText(ANSWER)).toBeVisible();
    await expect(firstQuestion.getByRole("article", { name: "Score for your answer" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Question 2" }).getByText("You skipped this question, so it counts as 0.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Time spent" }).locator("time")).toHaveAttribute("datetime", /^PT0H\d+M\d+S$/);
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await saveScreen(page, "history-report");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(page.getByText(`Rehearse · interview report for ${signedInUser.name}`)).toBeVisible();
    await keepScreenshot(page, testInfo.outputPath("report-print.png"));
    await page.emulateMedia({ media: "screen" });

    // Dashboard: the recent score and the quota.
    await page.goto("/dashboard");
    const recent = page.getByRole("region", { name: "Recent scores" });
    await expect(recent.getByRole("img", { name: new RegExp(`oldest first: ${overallScore}\\.`) })).toBeVisible();
    await expect(recent.getByRole("link", { name: "Behavioral · Mid-level" })).toHaveAttribute("href", `/interviews/${interviewId}/report`);
    await expect(page.getByText("1 of 2 used")).toBeVisible();
    await expect(page.getByRole("link", { name: /Start Behavioral/ })).toHaveAttribute("href", "/practice?track=behavioral&level=mid&count=3&autostart=1");
    await saveScreen(page, "history-dashboard");

    // History: the row with its score, filters in the URL.
    await page.goto("/history");
    const row = page.getByRole("article", { name: "Behavioral · Mid-level" });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(scoreText)).toBeVisible();
    await expect(row.getByText(verdict)).toBeVisible();
    await expect(row.getByText("1 of 3")).toBeVisible();
    await saveScreen(page, "history-history");
    await page.getByLabel("Status").selectOption("in_progress");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=in_progress/);
    await expect(page.getByText("No interviews match these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.getByLabel("Status")).toHaveValue("");

    // Another interview in progress: "Continue" on the dashboard, and its report says it is not finished.
    const secondId = await startFromDashboard(page, "Coding");
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: /Continue your interview/ })).toHaveAttribute("href", `/practice/${secondId}`);
    await expect(page.getByText(/You have used all 2 interviews/)).toBeVisible();
    await expect(page.getByText("2 of 2 used")).toBeVisible();
    await saveScreen(page, "history-dashboard-in-progress");
    await page.goto(`/interviews/${secondId}/report`);
    await expect(page.getByRole("heading", { name: "This interview isn’t finished yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Continue the interview" })).toHaveAttribute("href", `/practice/${secondId}`);

    // An id that is not this user's: not found.
    await page.goto("/interviews/00000000-0000-4000-8000-000000000000/report");
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();

    // Delete from the history, with a confirmation.
    await page.goto("/history");
    await expect(page.getByRole("article")).toHaveCount(2);
    const completedRow = page.getByRole("article").filter({ has: page.getByRole("link", { name: /View report/ }) });
    await completedRow.getByRole("button", { name: /^Delete/ }).click();
    const confirm = page.getByRole("dialog", { name: "Delete this interview?" });
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(confirm).toBeHidden();
    await expect(completedRow.getByRole("button", { name: /^Delete/ })).toBeFocused();
    await completedRow.getByRole("button", { name: /^Delete/ }).click();
    await expect(confirm).toBeVisible();
    await saveScreen(page, "history-history-confirm");
    await confirm.getByRole("button", { name: "Delete interview" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deleted the Behavioral Mid-level interview." })).toBeFocused();
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("link", { name: /View report/ })).toHaveCount(0);
    await page.goto(`/interviews/${interviewId}/report`);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  });

  test("signed out, the dashboard sends people to sign in and back", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)dashboard$/);
  });
});
