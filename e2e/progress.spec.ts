/**
 * The progress page with real practice: a candidate answers questions in two interviews through
 * the REST API (a weak first answer, a retry, a bulleted answer), then finds scores over time,
 * skill trends, gaps with a one-click practice link, the benchmark note, the review queue and
 * both downloads on /progress. Screenshots at 1280 and 390 px.
 */
import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { expect, latestMailTo, registerUser, signInThroughApi, test } from "./fixtures";
import { answerAndWait } from "./rest-practice";
import { saveScreen } from "./screens";

const json = { "content-type": "application/json" };

const STRONG_ANSWER =
  "First I would clarify the goal and the user segment: busy parents who plan meals weekly. Their main pain point is forgetting items. " +
  "I would prioritize a shared list with real-time sync over recipe features, because impact is high and effort is low (a simple RICE " +
  "estimate). Success metric: weekly active households; guardrail: list abandonment must not rise. I would validate with five user " +
  "interviews and an A/B test for two weeks before the full rollout, then iterate.";
const WEAK_ANSWER = "I would make it better and ask users.";
// Answers often start with a bullet; in a spreadsheet "-" would start a formula.
const BULLETED_ANSWER = `- Clarify the goal and the users first.\n- ${STRONG_ANSWER}`;

interface TInterview {
  id: string;
  questions: Array<{ questionId: string }>;
}

async function practise(request: APIRequestContext, bearer: Record<string, string>, answers: (index: number) => string[]) {
  const created = await request.post("/api/v1/interviews", { headers: { ...json, ...bearer }, data: { track: "product_management", level: "junior", questionCount: 3 } });
  expect(created.status(), await created.text()).toBe(201);
  const { interview } = (await created.json()) as { interview: TInterview };
  for (const [index, question] of interview.questions.entries()) {
    for (const text of answers(index)) await answerAndWait(request, bearer, interview.id, question.questionId, text);
  }
  const completed = await request.post(`/api/v1/interviews/${interview.id}/complete`, { headers: { ...json, ...bearer }, data: {} });
  expect(completed.status(), await completed.text()).toBe(200);
}

test("a candidate sees scores over time, skill trends, gaps, the review queue and downloads their answers", async ({ page, newUser }) => {
  test.setTimeout(180_000);
  await registerUser(page.request, newUser);
  const link = await latestMailTo(page, newUser.email, "/verify-email");
  const token = new URL(link, "http://localhost").searchParams.get("token");
  expect((await page.request.post("/api/v1/auth/verify-email", { headers: json, data: { token } })).status()).toBe(200);
  const issued = await page.request.post("/api/v1/auth/token", { headers: json, data: { email: newUser.email, password: newUser.password } });
  const bearer = { authorization: `Bearer ${((await issued.json()) as { accessToken: string }).accessToken}` };

  // The free plan's two interviews: a weak first answer retried, then a bulleted one.
  await practise(page.request, bearer, (index) => (index === 0 ? [WEAK_ANSWER, STRONG_ANSWER] : [WEAK_ANSWER]));
  await practise(page.request, bearer, (index) => (index === 0 ? [BULLETED_ANSWER] : [STRONG_ANSWER]));

  const stats = (await (await page.request.get("/api/v1/me/stats", { headers: bearer })).json()) as Record<string, unknown>;
  expect(stats).toMatchObject({ totalInterviews: 2, completedInterviews: 2, questionsAnswered: 6, currentStreak: 1 });
  const progress = (await (await page.request.get("/api/v1/me/progress?track=product_management", { headers: bearer })).json()) as {
    series: unknown[];
    skills: Array<{ trend: string; trendEnoughData: boolean }>;
    percentile: number | null;
  };
  expect(progress.series).toHaveLength(1);
  expect(progress.skills).toHaveLength(5);
  // One day of practice is not a trend: the contract's "stable", and the flag that says why.
  for (const skill of progress.skills) expect(skill).toMatchObject({ trend: "stable", trendEnoughData: false });
  expect(progress.percentile).toBeNull();

  await signInThroughApi(page, newUser);
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByText("Questions answered")).toBeVisible();
  await expect(page.getByRole("img", { name: /Product management: average score per practice day/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /average score per practice day/ })).toBeAttached();

  const skills = page.getByRole("region", { name: "Skills" }).getByRole("listitem");
  await expect(skills).toHaveCount(5);
  for (const skill of await skills.all()) {
    await expect(skill.getByText(/^\W*Not enough data yet$/)).toBeVisible();
    await expect(skill.getByText(/on 1 day so far: a trend needs 5 on 3 days$/)).toBeVisible();
    await expect(skill.getByRole("img", { name: /your last \d+ scores out of 10/ })).toBeVisible();
  }

  await expect(page.getByText(/A trend needs at least 5 scored answers on at least 3 different days/)).toBeVisible();
  await saveScreen(page, "progress-one-day");

  const gaps = page.getByRole("region", { name: "Where to work next" });
  const practiseLink = gaps.getByRole("link", { name: /^Practise this/ }).first();
  await expect(practiseLink).toBeVisible();
  const href = new URL((await practiseLink.getAttribute("href"))!, "http://localhost");
  expect(href.pathname).toBe("/practice");
  expect(Object.fromEntries(href.searchParams)).toMatchObject({ track: "product_management", level: "junior", count: "3", autostart: "1" });
  expect(href.searchParams.get("tags")).toMatch(/^[a-z-]+(,[a-z-]+)*$/);

  await expect(page.getByText("Not enough candidates at this level yet (need 20).")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^rehearse-answers-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await csv.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = text.split("\r\n");
  expect(lines[0]).toBe("date,track,level,question,attempt,kind,answer,status,total,structure,metrics,prioritization,user_empathy,communication,scored_by");
  expect(text).toContain(`"'- Clarify the goal and the users first.`);
  expect(lines.filter((line) => line.includes(",product_management,junior,")).length).toBeGreaterThanOrEqual(7);

  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
  expect(jsonDownload.suggestedFilename()).toBe("rehearse-answers.json");
  const exported = JSON.parse(fs.readFileSync((await jsonDownload.path())!, "utf8")) as { format: string; answers: Array<{ attempt: number }> };
  expect(exported.format).toBe("rehearse-answers/1");
  expect(exported.answers.some((answer) => answer.attempt === 2)).toBe(true);

  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreen(page, "progress");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scrolling on a phone").toBeLessThanOrEqual(390);
});

test("signed out, /progress asks to sign in and comes back", async ({ page }) => {
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)progress$/);
});
