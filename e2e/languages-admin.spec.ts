/**
 * The admin console in Russian and Korean (#18): a new admin whose saved language is ru (then, in a
 * second test, ko) walks every admin page (metrics, users, a user, flagged, support, a ticket, audit,
 * system, questions and a question's edit and translate dialogs) at 1280 and 390 px. Each page fails on
 * English catalog text outside user content and on sideways scrolling at 390 px; one page per language
 * gets an axe scan. Screenshots go to .test-data/screens-admin/<locale>-<page>-<size>.png (outside
 * test-results/, which other specs' runs clear).
 */
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, registerUser, signInThroughApi, test, uniqueEmail } from "./fixtures";
import { catalog, englishGiveaways, englishOnPage, expectLang, msg, openAtEachWidth, promoteToAdmin, visitorContext, type TLocale } from "./languages-helpers";
import { screenName } from "./screens";
import { axeViolations } from "./ux-audit";
import { testPassword } from "../test/secret-marker";
import { keepScreenshot } from "./screens";

const SLUG = "bh-improved-team-process";
const en = catalog("en");
const SHOTS = path.resolve(".test-data", "screens-admin");

const TICKET_TEXT: Record<Exclude<TLocale, "en">, { subject: string; body: string }> = {
  ru: { subject: "Приостановка подписки", body: "Можно ли приостановить подписку на месяц, пока я в отпуске, и сохранить историю собеседований?" },
  ko: { subject: "구독 일시 정지", body: "휴가 동안 한 달 정도 구독을 멈추고 면접 기록은 그대로 둘 수 있을까요?" },
};

/**
 * A fresh admin of its own (so the shared e2e admin's language never changes under the other specs):
 * a candidate who writes in from the Help page, promoted by the e2e admin. Returns their id and the ticket's.
 */
async function newAdmin(browser: Browser, locale: Exclude<TLocale, "en">): Promise<{ page: Page; userId: string; ticketId: string }> {
  const user = { name: `Админ ${locale}`, email: uniqueEmail(`admin-${locale}`), password: testPassword("e2e") };
  const context = await visitorContext(browser, "en-US,en;q=0.9");
  const page = await context.newPage();
  await registerUser(page.request, user);
  await signInThroughApi(page, user);
  await page.goto("/help");
  await page.getByRole("textbox", { name: msg(en, "help.newTicket.subject") }).fill(TICKET_TEXT[locale].subject);
  await page.getByRole("textbox", { name: msg(en, "help.newTicket.message") }).fill(TICKET_TEXT[locale].body);
  await page.getByRole("button", { name: msg(en, "help.newTicket.submit") }).click();
  await expect(page.getByText(TICKET_TEXT[locale].subject).first()).toBeVisible();

  const userId = await promoteToAdmin(browser, user);

  // The header's switcher saves the language to the new admin's account.
  await page.goto("/admin/support");
  const saved = page.waitForResponse((response) => response.url().includes("me.update") && response.ok());
  await page.getByLabel(msg(en, "nav.language.label")).filter({ visible: true }).selectOption(locale);
  await saved;
  await expectLang(page, locale);
  await page.getByRole("link", { name: new RegExp(TICKET_TEXT[locale].subject) }).click();
  await expect(page).toHaveURL(/ticket=/);
  const ticketId = new URL(page.url()).searchParams.get("ticket")!;
  return { page, userId, ticketId };
}

/** The page opened once and looked at in both widths: no English catalog text outside user content, no sideways scroll at 390 px, a screenshot each. */
async function checkPage(page: Page, locale: TLocale, giveaways: string[], where: string, open: () => Promise<void>) {
  const load = async () => {
    await open();
    await expectLang(page, locale);
    await page.waitForLoadState("load");
  };
  await openAtEachWidth(page, load, async (size) => {
    expect.soft(await englishOnPage(page, giveaways), `English on ${where} in ${locale} at ${size.width} px`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${where} scrolls sideways at ${size.width} px in ${locale}`).toBeLessThanOrEqual(0);
    await keepScreenshot(page, path.join(SHOTS, `${locale}-${where}-${size.name}.png`));
  });
}

for (const locale of ["ru", "ko"] as const) {
  test(`an admin whose language is ${locale} sees every admin page and dialog in it, at 1280 and 390 px`, async ({ browser }) => {
    test.setTimeout(240_000);
    const messages = catalog(locale);
    const giveaways = englishGiveaways(locale);
    const { page, userId, ticketId } = await newAdmin(browser, locale);

    const pages = ["/admin", "/admin/users", `/admin/users/${userId}`, "/admin/flagged", "/admin/support", `/admin/support?ticket=${ticketId}`, "/admin/audit", "/admin/system", "/admin/questions"];
    for (const path of pages) {
      await checkPage(page, locale, giveaways, screenName(path) + (path.includes("ticket=") ? "-ticket" : ""), async () => {
        const response = await page.goto(path);
        expect(response?.status(), `${path} opens`).toBeLessThan(400);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      });
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(messages, "admin.titles.questions"));

    // A question's edit and translate dialogs.
    const row = () => page.getByRole("row").filter({ hasText: SLUG });
    for (const [name, key, title] of [
      ["edit", "admin-questions.manager.edit", msg(messages, "admin-questions.manager.editTitle").replace("{slug}", SLUG)],
      ["translate", "admin-questions.translations.open", msg(messages, "admin-questions.translations.dialogTitle").replace("{slug}", SLUG)],
    ] as const) {
      await checkPage(page, locale, giveaways, `questions-${name}`, async () => {
        await page.goto(`/admin/questions?q=${SLUG}`);
        await row().getByRole("button", { name: `${msg(messages, key)} ${SLUG}` }).click();
        await expect(page.getByRole("dialog", { name: title })).toBeVisible();
      });
    }

    // Axe on one page per language: the users list (a table, a search form, badges).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/admin/users");
    await expectLang(page, locale);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
}
