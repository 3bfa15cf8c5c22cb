/**
 * Visitor pages in Russian and Korean (#18): a browser asking for ru or ko gets every page in that
 * language, with no English catalogue string outside user content (the landing page's sample answer
 * is marked data-user-content), a sign-up whose field errors, check-inbox page and verification
 * email are in that language, and (npm run screenshots) screenshots at desktop and 390 px to look at the layout.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { gotoDevMailbox, withDevMailbox } from "./dev-mailbox";
import { expect, test, uniqueEmail } from "./fixtures";
import { saveScreen } from "./screens";
import { testPassword } from "../test/secret-marker";

const VISITOR_PAGES = ["/", "/pricing", "/sign-in", "/sign-up", "/forgot-password", "/contact", "/reset-password", "/verify-email", "/unsubscribe", "/no-such-page"];

const CATALOGS = path.resolve("server", "i18n", "messages");

/** Every namespace of a language's catalog, read as files (Playwright's loader wants JSON imports attributed). */
function catalog(locale: string): Record<string, unknown> {
  const dir = path.join(CATALOGS, locale);
  return Object.fromEntries(
    fs.readdirSync(dir).filter((file) => file.endsWith(".json")).map((file) => [file.slice(0, -5), JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))]),
  );
}

/** Plain runs of English text (4 words or more) from every catalog entry the other language translates. */
function englishRuns(locale: "ru" | "ko"): string[] {
  const runs = new Set<string>();
  const walk = (en: unknown, translated: unknown) => {
    if (typeof en === "string") {
      if (en === translated) return;
      // Placeholders, plural/select blocks and rich-text tags split a message into runs.
      for (const run of en.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/)) {
        const text = run.trim();
        if (text.split(/\s+/).length >= 4) runs.add(text);
      }
      return;
    }
    if (en && typeof en === "object") for (const [key, value] of Object.entries(en)) walk(value, (translated as Record<string, unknown>)?.[key]);
  };
  walk(catalog("en"), catalog(locale));
  return [...runs];
}

/** The page's visible text without user content (sample answers, questions from the bank). */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll("[data-user-content], script, style, code, pre").forEach((node) => node.remove());
    return (clone.innerText || clone.textContent || "").replace(/\s+/g, " ");
  });
}

async function expectNoEnglish(page: Page, runs: string[], where: string) {
  const text = await interfaceText(page);
  expect.soft(runs.filter((run) => text.includes(run)), `English catalogue text on ${where}`).toEqual([]);
}

const LANGUAGES = [
  { locale: "ru", browser: "ru-RU", signUpTitle: "Создайте аккаунт", nameError: "Введите имя.", inbox: "Проверьте почту, чтобы завершить регистрацию", mail: "Подтвердите адрес электронной почты для Rehearse" },
  { locale: "ko", browser: "ko-KR", signUpTitle: "계정 만들기", nameError: "이름을 입력하세요.", inbox: "메일함을 확인해 가입을 마무리하세요", mail: "Rehearse 이메일 주소를 인증해 주세요" },
] as const;

for (const language of LANGUAGES) {
  test.describe(`visitor pages in ${language.locale}`, () => {
    test.use({ locale: language.browser });
    const runs = englishRuns(language.locale);

    test("every visitor page speaks the language, at desktop and phone size", async ({ page }) => {
      expect(runs.length).toBeGreaterThan(50);
      for (const path of VISITOR_PAGES) {
        await page.goto(path);
        await saveScreen(page, `lang-${language.locale}-${path === "/" ? "landing" : path.slice(1)}`);
        expect.soft(await page.locator("html").getAttribute("lang"), `lang of ${path}`).toBe(language.locale);
        await expectNoEnglish(page, runs, path);
        // Nothing wider than the phone screen (long Russian words, Korean without spaces).
        await page.setViewportSize({ width: 390, height: 844 });
        const wide = await page.evaluate(() =>
          Array.from(document.querySelectorAll("body *"))
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && element.children.length === 0)
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? "").slice(0, 40)}`),
        );
        expect.soft(wide, `${path} is wider than 390 px`).toEqual([]);
        // A row of non-leaf elements (the header's links and Menu button) can overflow too: no sideways scroll at all.
        expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${path} scrolls sideways at 390 px`).toBeLessThanOrEqual(390);
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    });

    test("signing up: field errors, the check-inbox page and the verification email are in the language", async ({ page }) => {
      const email = uniqueEmail(`lang-${language.locale}`);
      await page.goto("/sign-up");
      await expect(page.getByRole("heading", { level: 1, name: language.signUpTitle })).toBeVisible();
      await page.locator("form").getByRole("button").last().click();
      await expect(page.getByText(language.nameError)).toBeVisible();
      await expectNoEnglish(page, runs, "the sign-up form with errors");
      await saveScreen(page, `lang-${language.locale}-sign-up-errors`);

      await page.locator("#sign-up-name").fill("Мария Ким");
      await page.locator("#sign-up-email").fill(email);
      await page.locator("#sign-up-password").fill(testPassword(`lang-${language.locale}`));
      await page.locator("form").getByRole("button").last().click();
      await expect(page.getByRole("heading", { name: language.inbox })).toBeVisible();
      await expectNoEnglish(page, runs, "the check-inbox page");

      await withDevMailbox(page, async (mailbox) => {
        await expect(async () => {
          await gotoDevMailbox(mailbox);
          await expect(mailbox.getByRole("listitem").filter({ hasText: email }).first()).toContainText(language.mail);
        }).toPass({ timeout: 15_000 });
      });
    });
  });
}
