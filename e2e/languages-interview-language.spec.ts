/**
 * #18, an interview outlives a language switch: a candidate practises in English, switches the
 * interface to Russian, and opens that interview. Its question and feedback stay English (an
 * interview keeps the language it was started in, a score the language it was written in), so the
 * page says so in Russian, and the English text carries lang="en" for screen readers (WCAG 3.1.2).
 * An interview in the page's own language shows no such note.
 */
import nodePath from "node:path";
import { expect, signInThroughApi, test, uniqueEmail } from "./fixtures";
import { answerAndWait } from "./rest-practice";
import { catalog, expectLang, msg, verifiedBearer, visitorContext } from "./languages-helpers";
import { testPassword } from "../test/secret-marker";
import { keepScreenshot } from "./screens";

const SHOTS = nodePath.resolve(".test-data", "screens-languages");
const json = { "content-type": "application/json" };
const ANSWER =
  "I'd start from who the users are and what problem hurts most, pick one metric that shows it is solved, " +
  "ship the smallest version to a test group, and compare retention with a holdout before rolling it out.";

test("an English interview viewed in Russian says it is English and marks its text lang=en", async ({ browser }) => {
  test.setTimeout(120_000);
  const ru = catalog("ru");
  const user = { name: "Anna", email: uniqueEmail("interview-language"), password: testPassword("e2e") };
  const context = await visitorContext(browser, "en-US,en;q=0.9");
  const page = await context.newPage();
  const bearer = await verifiedBearer(page, user);

  const created = await page.request.post("/api/v1/interviews", { headers: { ...json, ...bearer }, data: { track: "product_management", level: "junior", questionCount: 1, language: "en" } });
  expect(created.status(), await created.text()).toBe(201);
  const { interview } = (await created.json()) as { interview: { id: string; questions: Array<{ questionId: string }> } };
  await answerAndWait(page.request, bearer, interview.id, interview.questions[0]!.questionId, ANSWER);

  await signInThroughApi(page, user);
  // In English, nothing to explain.
  await page.goto(`/practice/${interview.id}`);
  await expectLang(page, "en");
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.getByTestId("interview-language-note")).toHaveCount(0);
  await expect(page.getByTestId("score-language-note")).toHaveCount(0);

  const switched = await page.request.patch("/api/v1/me", { headers: { ...json, ...bearer }, data: { preferences: { language: "ru" } } });
  expect(switched.status(), await switched.text()).toBe(200);

  // The interview in progress, then (completed) its summary and its report.
  for (const [step, path] of [`/practice/${interview.id}`, "complete", `/practice/${interview.id}`, `/interviews/${interview.id}/report`].entries()) {
    if (path === "complete") {
      const completed = await page.request.post(`/api/v1/interviews/${interview.id}/complete`, { headers: { ...json, ...bearer }, data: {} });
      expect(completed.status(), await completed.text()).toBe(200);
      continue;
    }
    await page.goto(path);
    await expectLang(page, "ru");
    const note = page.getByTestId("interview-language-note");
    await expect(note).toHaveText(/на английском/);
    await expect(page.getByTestId("score-language-note")).toHaveText(/на английском/);
    await expect(page.locator('[data-user-content][lang="en"]').first()).toBeVisible();
    // The feedback's own words carry their language; the card's labels are Russian.
    await expect(page.locator('ul[lang="en"] li').first()).toBeVisible();
    await expect(page.getByText(msg(ru, "components.score.feedback"), { exact: true }).first()).toBeVisible();
    await keepScreenshot(page, nodePath.join(SHOTS, `interview-language-ru-${step}.png`));
  }

  // A new interview in Russian: no note.
  const russian = await page.request.post("/api/v1/interviews", { headers: { ...json, ...bearer }, data: { track: "product_management", level: "junior", questionCount: 1 } });
  expect(russian.status(), await russian.text()).toBe(201);
  const { interview: second } = (await russian.json()) as { interview: { id: string; language: string } };
  expect(second.language).toBe("ru");
  await page.goto(`/practice/${second.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("interview-language-note")).toHaveCount(0);
  await context.close();
});
