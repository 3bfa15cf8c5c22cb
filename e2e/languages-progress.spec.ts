/**
 * #18 on the progress page with real practice: a Russian or Korean candidate answers a product
 * question in their language through the REST API, then finds their weakest skills on /progress with
 * the advice from the progress-advice catalog and the recommended questions in their language, and
 * no English catalog text anywhere on the page (the advice used to be English-only). The same advice
 * comes over REST with its stable key. Screenshot at 390 px:
 * .test-data/screens-languages/progress-gaps-<locale>-390.png.
 */
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, latestMailTo, registerUser, signInThroughApi, test, uniqueEmail } from "./fixtures";
import { answerAndWait } from "./rest-practice";
import { catalog, englishOnPage, englishGiveaways, expectLang, msg, visitorContext, type TLocale } from "./languages-helpers";
import { testPassword } from "../test/secret-marker";
import { keepScreenshot } from "./screens";

const json = { "content-type": "application/json" };
const SHOTS = path.resolve(".test-data", "screens-languages");
const ANSWERS: Record<"ru" | "ko", string> = {
  ru: "Я бы спросил пользователей, что им не нравится, и сделал бы продукт лучше. Потом посмотрел бы на метрики.",
  ko: "사용자에게 무엇이 불편한지 물어보고 제품을 더 좋게 만들겠습니다. 그다음 지표를 보겠습니다.",
};
const SCRIPT: Record<"ru" | "ko", RegExp> = { ru: /[а-яё]{4}/i, ko: /[\uac00-\ud7a3]{2}/ };

interface TGap {
  key: string;
  advice: string;
  adviceKey: string;
  recommendedQuestions: Array<{ text: string }>;
}

/** One product question answered in `locale` and scored. */
async function practise(request: APIRequestContext, bearer: Record<string, string>, locale: "ru" | "ko"): Promise<void> {
  const created = await request.post("/api/v1/interviews", { headers: { ...json, ...bearer }, data: { track: "product_management", level: "junior", questionCount: 1 } });
  expect(created.status(), await created.text()).toBe(201);
  const { interview } = (await created.json()) as { interview: { id: string; questions: Array<{ questionId: string }> } };
  for (const { questionId } of interview.questions) await answerAndWait(request, bearer, interview.id, questionId, ANSWERS[locale]);
}

for (const locale of ["ru", "ko"] as const satisfies readonly TLocale[]) {
  test(`a ${locale} candidate's skill gaps on /progress: advice and recommended questions in ${locale}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const messages = catalog(locale);
    const user = { name: locale === "ru" ? "Ольга" : "서연", email: uniqueEmail(`gaps-${locale}`), password: testPassword("e2e") };
    const context = await visitorContext(browser, locale, { width: 390, height: 844 });
    const page = await context.newPage();
    await registerUser(page.request, user);
    const token = new URL(await latestMailTo(page, user.email, "/verify-email"), "http://localhost").searchParams.get("token");
    expect((await page.request.post("/api/v1/auth/verify-email", { headers: json, data: { token } })).status()).toBe(200);
    const issued = await page.request.post("/api/v1/auth/token", { headers: json, data: { email: user.email, password: user.password } });
    const bearer = { authorization: `Bearer ${((await issued.json()) as { accessToken: string }).accessToken}` };
    await practise(page.request, bearer, locale);

    // REST: the advice in the reader's language beside its stable key, as the question text.
    const rest = await page.request.get("/api/v1/me/progress?track=product_management", { headers: bearer });
    const { gaps } = (await rest.json()) as { gaps: TGap[] };
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    for (const gap of gaps) {
      expect(gap.adviceKey).toBe(`product_management.${gap.key}`);
      expect(gap.advice).toBe(msg(messages, `progress-advice.${gap.adviceKey}`));
      for (const question of gap.recommendedQuestions) expect(question.text).toMatch(SCRIPT[locale]);
    }

    await signInThroughApi(page, user);
    await page.goto("/progress");
    await expectLang(page, locale);
    const section = page.getByRole("region", { name: msg(messages, "progress.gaps.heading") });
    await expect(section).toBeVisible();
    for (const gap of gaps) {
      await expect(section.getByText(gap.advice, { exact: true })).toBeVisible();
      // Each recommended question is a list item (its text, then its level and difficulty) inside the gap's own item.
      const item = (text: string) => section.getByRole("listitem").filter({ hasText: text, hasNot: page.getByRole("list") });
      for (const question of gap.recommendedQuestions) await expect(item(question.text)).toBeVisible();
    }
    await page.waitForLoadState("load");
    expect(await englishOnPage(page, englishGiveaways(locale))).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await section.scrollIntoViewIfNeeded();
    await keepScreenshot(section, path.join(SHOTS, `progress-gaps-${locale}-390.png`));
    await context.close();
  });
}
