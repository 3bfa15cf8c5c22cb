import type { APIRequestContext, Page, TestInfo } from "@playwright/test";
import { expect, latestMailTo, test, type TTestUser } from "./fixtures";

const ANSWER = [
  "Last spring our team had to move the billing service to a new queue. A teammate wanted to switch everything over in one night;",
  "I thought a failed night would block invoices for thousands of customers. My task was to reach a decision within a week without a standoff.",
  "I wrote a short comparison of the one-night switch and a gradual rollout behind a flag, with our history: two of our last four big-bang",
  "releases had been rolled back. I asked him to find the holes in my plan; he found that duplicate messages could double-charge,",
  "and I added an idempotency key to fix it. We rolled out over two weeks with zero failed invoices, and the idempotency check now protects",
  "every payment job. I learned to bring data to a disagreement and to invite the other person to improve my proposal instead of defending it.",
].join(" ");

async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function bearer(request: APIRequestContext, user: TTestUser): Promise<Record<string, string>> {
  const response = await request.post("/api/v1/auth/token", { data: { email: user.email, password: user.password } });
  expect(response.status(), await response.text()).toBe(200);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

interface TStartedInterview {
  id: string;
  questions: Array<{ questionId: string }>;
}

async function startInterview(request: APIRequestContext, headers: Record<string, string>, questionCount: number): Promise<TStartedInterview> {
  const response = await request.post("/api/v1/interviews", { headers, data: { track: "behavioral", level: "mid", questionCount } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { interview: TStartedInterview }).interview;
}

test.describe("dashboard, history and report", () => {
  test("a completed interview shows on the dashboard, in the history and as a report, and can be deleted", async ({ page, signedInUser }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto(await latestMailTo(page, signedInUser.email, "/verify-email"));
    await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();

    // A new candidate: the dashboard invites a first interview.
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Start your first interview" })).toBeVisible();
    await expect(page.getByText("0 of 2 used")).toBeVisible();
    await screenshots(page, testInfo, "dashboard-new");
    await page.goto("/history");
    await expect(page.getByText("No interviews yet")).toBeVisible();

    // One interview through the REST API: answer the first of two questions, wait for its score, complete.
    const headers = await bearer(page.request, signedInUser);
    const interview = await startInterview(page.request, headers, 2);
    const firstQuestion = interview.questions[0]!;
    const submitted = await page.request.post(`/api/v1/interviews/${interview.id}/answers`, {
      headers,
      data: { questionId: firstQuestion.questionId, answer: ANSWER, timeSpentSeconds: 187 },
    });
    expect(submitted.status(), await submitted.text()).toBe(202);
    const answerId = ((await submitted.json()) as { answer: { id: string } }).answer.id;
    await expect(async () => {
      const response = await page.request.get(`/api/v1/answers/${answerId}`, { headers });
      expect(((await response.json()) as { answer: { status: string } }).answer.status).not.toBe("pending");
    }).toPass({ timeout: 30_000 });
    const completed = await page.request.post(`/api/v1/interviews/${interview.id}/complete`, { headers });
    expect(completed.status(), await completed.text()).toBe(200);
    const { overallScore, passed } = ((await completed.json()) as { interview: { overallScore: number; passed: boolean } }).interview;
    const scoreText = new RegExp(`^${overallScore}\\s*/\\s*100$`);

    // Dashboard: the recent score and the quota.
    await page.goto("/dashboard");
    const recent = page.getByRole("region", { name: "Recent scores" });
    await expect(recent.getByRole("img", { name: new RegExp(`oldest first: ${overallScore}\\.`) })).toBeVisible();
    await expect(recent.getByRole("link", { name: "Behavioral · Mid-level" })).toHaveAttribute("href", `/interviews/${interview.id}/report`);
    await expect(page.getByText("1 of 2 used")).toBeVisible();
    await expect(page.getByRole("link", { name: /Start Behavioral/ })).toHaveAttribute("href", "/practice?track=behavioral&level=mid&count=3&autostart=1");
    await screenshots(page, testInfo, "dashboard");

    // History: the row with its score, filters in the URL.
    await page.goto("/history");
    const row = page.getByRole("article", { name: "Behavioral · Mid-level" });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(scoreText)).toBeVisible();
    await expect(row.getByText(passed ? "Passed" : "Not passed")).toBeVisible();
    await expect(row.getByText("1 of 2")).toBeVisible();
    await screenshots(page, testInfo, "history");
    await page.getByLabel("Status").selectOption("in_progress");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=in_progress/);
    await expect(page.getByText("No interviews match these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.getByLabel("Status")).toHaveValue("");

    // Report: overall score, pass mark, skills chart, the answer and its feedback.
    await page.getByRole("link", { name: /View report/ }).click();
    await expect(page).toHaveURL(`/interviews/${interview.id}/report`);
    await expect(page.getByRole("heading", { level: 1, name: "Interview report" })).toBeVisible();
    await expect(page.getByRole("img", { name: `Overall score ${overallScore} out of 100, pass mark 65` })).toBeVisible();
    await expect(page.getByTestId("overall-score")).toHaveText(scoreText);
    await expect(page.getByText("Pass mark for Mid-level: 65")).toBeVisible();
    const skills = page.getByRole("region", { name: "Skills" });
    await expect(skills.getByRole("figure", { name: "Average score per skill, out of 10" }).getByRole("listitem")).toHaveCount(5);
    await expect(skills.getByText("Action", { exact: true })).toBeVisible();
    await expect(page.getByText(ANSWER)).toBeVisible();
    await expect(page.getByRole("article", { name: "Question 1" }).getByText("Feedback", { exact: true })).toBeVisible();
    await expect(page.getByRole("article", { name: "Question 2" }).getByText(/not answered, so it counts as 0/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Time spent" }).getByText("3 min 07 s").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await screenshots(page, testInfo, "report");
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: testInfo.outputPath("report-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });

    // Another interview in progress: "Continue" on the dashboard, and its report says it is not finished.
    const second = await startInterview(page.request, headers, 1);
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: /Continue your interview/ })).toHaveAttribute("href", `/practice/${second.id}`);
    await expect(page.getByText("2 of 2 used")).toBeVisible();
    await screenshots(page, testInfo, "dashboard-in-progress");
    await page.goto(`/interviews/${second.id}/report`);
    await expect(page.getByRole("heading", { name: "This interview isn’t finished yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Continue the interview" })).toHaveAttribute("href", `/practice/${second.id}`);

    // An id that is not this user's: not found.
    await page.goto("/interviews/00000000-0000-4000-8000-000000000000/report");
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();

    // Delete from the history, with a confirmation.
    await page.goto("/history");
    await expect(page.getByRole("article")).toHaveCount(2);
    const completedRow = page.getByRole("article").filter({ has: page.getByRole("link", { name: /View report/ }) });
    await completedRow.getByRole("button", { name: /^Delete/ }).click();
    await expect(completedRow.getByRole("button", { name: "Cancel" })).toBeFocused();
    await completedRow.getByRole("button", { name: "Delete interview" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deleted the Behavioral Mid-level interview." })).toBeFocused();
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("link", { name: /View report/ })).toHaveCount(0);
    await page.goto(`/interviews/${interview.id}/report`);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  });

  test("signed out, the dashboard sends people to sign in and back", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
  });
});
