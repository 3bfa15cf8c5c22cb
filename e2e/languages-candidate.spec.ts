/**
 * Issue #18, the rest of the candidate's pages: in Russian and in Korean, the job pages (list, new,
 * detail, edit), a tailored interview's report with its job coverage, history, progress, settings,
 * help, the billing pages and the API docs, at 1280 and 390 px. Fails on English catalog text on
 * screen (user content aside: the job posting and its requirements are the candidate's own English),
 * on a message the browser was not sent (next-intl's MISSING_MESSAGE), and on sideways scrolling.
 * Screenshots go to .test-data/screens-languages/candidate-<locale>-<page>-<width>.png.
 */
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, latestMailTo, registerUser, signInThroughApi, test, uniqueEmail } from "./fixtures";
import { atEachWidth, catalog, englishGiveaways, englishOnPage, expectLang, msg, openAtEachWidth, visitorContext, type TLocale } from "./languages-helpers";
import { answerAndWait } from "./rest-practice";
import { screenName } from "./screens";
import { testPassword } from "../test/secret-marker";
import { keepScreenshot } from "./screens";

const json = { "content-type": "application/json" };
const DESCRIPTION = fs.readFileSync(path.resolve("test/fixtures/job-descriptions/behavioral-engineering-manager.txt"), "utf8");
const ANSWERS: Record<"ru" | "ko", string> = {
  ru:
    "В прошлой команде я руководил семью инженерами во время реорганизации. Две команды объединили, и поставка отстала на месяц. " +
    "Я провёл встречи один на один с каждым, дал честную обратную связь старшему инженеру и договорился с продактом урезать объём. " +
    "В итоге релиз вышел через три недели без критических инцидентов, никто не ушёл. Вывод: поднимать конфликты раньше.",
  ko:
    "이전 팀에서 조직 개편 중에 엔지니어 일곱 명을 이끌었습니다. 두 팀이 합쳐지면서 일정이 한 달 밀렸습니다. " +
    "첫 주에 모든 엔지니어와 일대일 면담을 하고, 리뷰를 막던 시니어 엔지니어에게 솔직한 피드백을 주었으며, 제품 매니저와 범위를 줄이기로 합의했습니다. " +
    "그 결과 3주 뒤 심각한 장애 없이 릴리스했고 이탈자도 없었습니다. 갈등은 일찍 드러내야 한다는 것을 배웠습니다.",
};
const SHOTS = path.resolve(".test-data", "screens-languages");

interface TSetup {
  jobId: string;
  interviewId: string;
}

/** A job from the English posting, a one-question interview for it answered in `locale`, completed. */
async function practiseForJob(request: APIRequestContext, bearer: Record<string, string>, locale: "ru" | "ko"): Promise<TSetup> {
  const created = await request.post("/api/v1/job-targets", { headers: { ...json, ...bearer }, data: { title: "Engineering Manager", company: "Kestrel", level: "senior", description: DESCRIPTION } });
  expect(created.status(), await created.text()).toBe(201);
  const { jobTarget } = (await created.json()) as { jobTarget: { id: string } };
  const started = await request.post(`/api/v1/job-targets/${jobTarget.id}/interviews`, { headers: { ...json, ...bearer }, data: { questionCount: 1 } });
  expect(started.status(), await started.text()).toBe(201);
  const { interviewId } = (await started.json()) as { interviewId: string };
  const fetched = await request.get(`/api/v1/interviews/${interviewId}`, { headers: bearer });
  const { interview } = (await fetched.json()) as { interview: { id: string; questions: Array<{ questionId: string }> } };
  for (const { questionId } of interview.questions) await answerAndWait(request, bearer, interview.id, questionId, ANSWERS[locale]);
  const completed = await request.post(`/api/v1/interviews/${interview.id}/complete`, { headers: { ...json, ...bearer }, data: {} });
  expect(completed.status(), await completed.text()).toBe(200);
  return { jobId: jobTarget.id, interviewId: interview.id };
}

/** What the page shows that it should not: English catalog text, a message the browser lacks, a sideways scroll. */
async function problemsOn(page: Page, giveaways: string[], missing: string[]): Promise<string[]> {
  const english = (await englishOnPage(page, giveaways)).map((text) => `English: ${text}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  return [...english, ...missing.map((text) => `missing message: ${text}`), ...(overflow > 1 ? [`scrolls sideways by ${overflow} px`] : [])];
}

for (const locale of ["ru", "ko"] as const satisfies readonly TLocale[]) {
  test(`the job, report, help, billing and account pages in ${locale}, at 1280 and 390 px`, async ({ browser }) => {
    test.setTimeout(240_000);
    const messages = catalog(locale);
    const giveaways = englishGiveaways(locale);
    const user = { name: locale === "ru" ? "Мария" : "지민", email: uniqueEmail(`walk2-${locale}`), password: testPassword("e2e") };
    const context = await visitorContext(browser, locale);
    const page = await context.newPage();
    const missing: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("MISSING_MESSAGE")) missing.push(message.text().slice(0, 200));
    });
    // Text the server writes differently from the browser (a Korean time's "AM" against "오전") fails hydration.
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message.slice(0, 200)}`));
    await registerUser(page.request, user);
    const token = new URL(await latestMailTo(page, user.email, "/verify-email"), "http://localhost").searchParams.get("token");
    expect((await page.request.post("/api/v1/auth/verify-email", { headers: json, data: { token } })).status()).toBe(200);
    const issued = await page.request.post("/api/v1/auth/token", { headers: json, data: { email: user.email, password: user.password } });
    const bearer = { authorization: `Bearer ${((await issued.json()) as { accessToken: string }).accessToken}` };
    const { jobId, interviewId } = await practiseForJob(page.request, bearer, locale);
    await signInThroughApi(page, user);

    const pages = ["/jobs", "/jobs/new", `/jobs/${jobId}`, `/jobs/${jobId}/edit`, `/interviews/${interviewId}/report`, "/history", "/progress", "/settings", "/help", "/billing/success", "/billing/cancel", "/docs"];
    const problems: string[] = [];
    for (const urlPath of pages) {
      missing.length = 0;
      const open = async () => {
        await page.goto(urlPath);
        await expectLang(page, locale);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        // Not "networkidle": the pages keep a live-update stream open. Hydration (where a missing message shows) follows the load event.
        await page.waitForLoadState("load");
        await page.waitForTimeout(300);
      };
      await openAtEachWidth(page, open, async (viewport) => {
        await keepScreenshot(page, path.join(SHOTS, `candidate-${locale}-${screenName(urlPath)}-${viewport.width}.png`));
      });
      // The OpenAPI reference on /docs is English by design (the REST API's language; the page says so): only its chrome counts.
      await page.locator('[data-testid="swagger-ui"]').evaluateAll((nodes) => nodes.forEach((node) => node.remove()));
      await atEachWidth(page, async (viewport) => {
        for (const problem of await problemsOn(page, giveaways, missing)) problems.push(`${urlPath} at ${viewport.width} px: ${problem}`);
      });
    }
    expect(problems).toEqual([]);
    expect(pageErrors, "no page errors (a hydration mismatch shows as one)").toEqual([]);

    // The job's own words on the pages it owns: the editor, the coverage and the upload hint.
    await page.goto(`/jobs/${jobId}`);
    await expect(page.getByRole("button", { name: msg(messages, "jobs.editor.save") })).toBeVisible();
    await expect(page.getByRole("textbox", { name: msg(messages, "jobs.editor.requirement").replace("{number}", "1"), exact: true })).toBeVisible();
    await page.goto(`/interviews/${interviewId}/report`);
    const heading = msg(messages, "jobs.coverage.headingAt").replace("{title}", "Engineering Manager").replace("{company}", "Kestrel").replace(/<\/?(job|org)>/g, "");
    await expect(page.getByRole("region", { name: heading })).toBeVisible();
    await page.goto("/jobs/new");
    await expect(page.getByText(msg(messages, "jobs.upload.hint").replace("{mb}", "4")).first()).toBeVisible();
    await context.close();
  });
}
