/**
 * #18 layout and leftovers: a Russian and a Korean candidate with a scored answer open the main pages
 * (dashboard, the interview with its feedback card, progress, history, settings with billing, pricing) at 1280 and 390 px:
 * the page is in their language, nothing scrolls sideways (longer Russian words, Korean text) and no
 * English catalog text shows outside user content. A job form submitted empty says what is missing in
 * their language (the contracts' own messages were English). Screenshots for a person to look at:
 * .test-data/screens-layout/<locale>-<page>-<width>.png.
 */
import path from "node:path";
import { expect, latestMailTo, registerUser, signInThroughApi, test, uniqueEmail } from "./fixtures";
import { answerAndWait } from "./rest-practice";
import { catalog, englishGiveaways, englishOnPage, expectLang, msg, openAtEachWidth, visitorContext, WALK_WIDTHS, type TLocale } from "./languages-helpers";
import { testPassword } from "../test/secret-marker";
import { keepScreenshot } from "./screens";

const json = { "content-type": "application/json" };
const SHOTS = path.resolve(".test-data", "screens-layout");
const ANSWERS: Record<"ru" | "ko", string> = {
  ru: "Сначала я бы выяснил, какую проблему пользователя мы решаем, затем сравнил бы варианты по влиянию и затратам и проверил гипотезу на небольшой группе.",
  ko: "먼저 사용자가 겪는 문제를 확인하고, 영향과 비용으로 선택지를 비교한 뒤 작은 그룹에서 가설을 검증하겠습니다.",
};

for (const locale of ["ru", "ko"] as const satisfies readonly TLocale[]) {
  test(`a ${locale} candidate's main pages hold at 1280 and 390 px with no English left`, async ({ browser }) => {
    test.setTimeout(240_000);
    const messages = catalog(locale);
    const giveaways = englishGiveaways(locale);
    const user = { name: locale === "ru" ? "Константин Константинопольский" : "김서연", email: uniqueEmail(`layout-${locale}`), password: testPassword("e2e") };
    const setup = await visitorContext(browser, locale);
    const api = setup.request;
    await registerUser(api, user);
    const setupPage = await setup.newPage();
    const token = new URL(await latestMailTo(setupPage, user.email, "/verify-email"), "http://localhost").searchParams.get("token");
    expect((await api.post("/api/v1/auth/verify-email", { headers: json, data: { token } })).status()).toBe(200);
    const issued = await api.post("/api/v1/auth/token", { headers: json, data: { email: user.email, password: user.password } });
    const bearer = { authorization: `Bearer ${((await issued.json()) as { accessToken: string }).accessToken}` };
    const created = await api.post("/api/v1/interviews", { headers: { ...json, ...bearer }, data: { track: "product_management", level: "junior", questionCount: 1 } });
    expect(created.status(), await created.text()).toBe(201);
    const { interview } = (await created.json()) as { interview: { id: string; questions: Array<{ questionId: string }> } };
    await answerAndWait(api, bearer, interview.id, interview.questions[0]!.questionId, ANSWERS[locale]);
    await setup.close();

    const pages = { dashboard: "/dashboard", interview: `/practice/${interview.id}`, progress: "/progress", history: "/history", settings: "/settings", pricing: "/pricing" };
    const problems: string[] = [];
    const context = await visitorContext(browser, locale, { width: WALK_WIDTHS[0].width, height: WALK_WIDTHS[0].height });
    const page = await context.newPage();
    await signInThroughApi(page, user);
    for (const [name, url] of Object.entries(pages)) {
      const open = async () => {
        await page.goto(url);
        await expectLang(page, locale);
        await page.waitForLoadState("load");
        await expect(page.locator("main")).toBeVisible();
        await expect(page.getByRole("heading", { name: msg(messages, "errors.notFound.title") })).toHaveCount(0);
      };
      await openAtEachWidth(page, open, async (viewport) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) problems.push(`${name} at ${viewport.width}px scrolls sideways by ${overflow}px`);
        const english = await englishOnPage(page, giveaways);
        if (english.length > 0) problems.push(`${name} at ${viewport.width}px shows English: ${english.join(" | ")}`);
        await keepScreenshot(page, path.join(SHOTS, `${locale}-${name}-${viewport.width}.png`));
      });
    }
    // The job form's own rules (a title, a description of 40+ characters) speak the candidate's language, on a phone.
    await page.goto("/jobs/new");
    await page.getByLabel(msg(messages, "jobs.form.description"), { exact: true }).fill(locale === "ru" ? "Коротко" : "짧게");
    await page.getByRole("button", { name: msg(messages, "jobs.form.create") }).click();
    await expect(page.getByText(msg(messages, "form-errors.forms.jobTitleRequired"))).toBeVisible();
    await expect(page.getByText(msg(messages, "form-errors.forms.jobDescriptionTooShort"))).toBeVisible();
    await keepScreenshot(page, path.join(SHOTS, `${locale}-job-form-errors-390.png`));
    await context.close();
    expect(problems).toEqual([]);
  });
}

test("the English detector skips exactly what is marked as user content", async ({ page }) => {
  const giveaways = ["Save changes", "Job description", "Search questions", "Delete account", "Your answer"];
  await page.setContent(`<main lang="ru">
    <h1>Сохранить</h1>
    <p data-user-content>Job description: a posting pasted in English</p>
    <button aria-label="Search questions">🔍</button>
    <input placeholder="Delete account" value="Save changes">
    <div contenteditable="true" role="textbox" aria-label="Код (Python)"># Save changes, then return the indices of the pair</div>
    <p hidden>Your answer</p>
  </main>`);
  // Marked content and what someone typed (a field, a code editor) are skipped; a label a screen reader says counts; hidden text does not.
  expect(await englishOnPage(page, giveaways)).toEqual(["Search questions", "Delete account"]);
  await page.setContent(`<div data-user-content><p>Ответ</p><button>Сохранить</button></div>`);
  expect(await englishOnPage(page, giveaways)).toEqual(['data-user-content wraps a button ("Сохранить")']);
  // English the catalog does not know (a server message shown as written) counts too; brand and level names do not.
  await page.setContent(`<p>Войти через Google, GitHub, LinkedIn · Junior, Middle, Senior</p><p role="alert">This interview is completed; it no longer takes answers.</p>`);
  expect(await englishOnPage(page, giveaways)).toEqual(["Latin text: This interview is completed; it no longer takes answers"]);
});
