/**
 * The message catalogs as the language specs read them: locators use the catalog's own words (so a
 * reworded translation does not break a test), and the page walk looks for English left behind.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { SEED_TRANSLATIONS } from "@/db/seed/questions/translations";
import { expect, latestMailTo, registerUser, signInThroughApi, type TTestUser } from "./fixtures";
import { ADMIN } from "./helpers/admin";
import { serverVocabularyGiveaways } from "./languages-server-words";
import { afterNextPaint } from "./ux-audit";

type TTree = { [key: string]: string | TTree };

/** The two widths every language walk checks: a desktop and a phone. */
export const WALK_WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
export type TWalkWidth = (typeof WALK_WIDTHS)[number];

/**
 * A page is opened once, at the first width, and looked at in each: a resize reflows it as a phone
 * shows it, without a second load. `open` loads it; `look` runs at each width after the next paint.
 */
export async function openAtEachWidth(page: Page, open: () => Promise<void>, look: (width: TWalkWidth) => Promise<void>): Promise<void> {
  await page.setViewportSize({ width: WALK_WIDTHS[0].width, height: WALK_WIDTHS[0].height });
  await open();
  await atEachWidth(page, look);
}

/** The open page looked at in each width in turn, after the next paint. */
export async function atEachWidth(page: Page, look: (width: TWalkWidth) => Promise<void>): Promise<void> {
  for (const width of WALK_WIDTHS) {
    await page.setViewportSize({ width: width.width, height: width.height });
    await afterNextPaint(page);
    await look(width);
  }
}
export type TLocale = "en" | "ru" | "ko";

const ROOT = path.resolve(import.meta.dirname, "../server/i18n/messages");

export function catalog(locale: TLocale): Record<string, TTree> {
  const dir = path.join(ROOT, locale);
  return Object.fromEntries(
    fs.readdirSync(dir).filter((file) => file.endsWith(".json")).map((file) => [file.slice(0, -5), JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as TTree]),
  );
}

/** A message by its path ("nav.signIn"), without ICU arguments. */
export function msg(messages: Record<string, TTree>, key: string): string {
  const value = key.split(".").reduce<TTree | string | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), messages);
  if (typeof value !== "string") throw new Error(`no message ${key}`);
  return value;
}

function leaves(tree: TTree, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

/**
 * English catalog texts that would give an untranslated page away in `locale`: plain messages (no
 * placeholders or tags), of more than one word or 8+ letters, whose translation differs from English,
 * and the English words of the server's vocabularies, however short (plan, track and level names,
 * rubric dimensions, names of the codes the admin console shows: languages-server-words.ts). Topic
 * names count too: user content that uses the same words is marked on the page and skipped there.
 */
export function englishGiveaways(locale: TLocale): string[] {
  const en = catalog("en");
  const other = catalog(locale);
  const found = new Set<string>();
  for (const [namespace, tree] of Object.entries(en)) {
    const translated = new Map(leaves(other[namespace] ?? {}));
    for (const [key, text] of leaves(tree)) {
      if (/[{}<>]/.test(text) || translated.get(key) === text) continue;
      const plain = text.trim();
      if (plain.split(/\s+/).length >= 2 || plain.length >= 8) found.add(plain);
    }
  }
  for (const word of serverVocabularyGiveaways(en, other)) found.add(word);
  return [...found];
}

/**
 * The phrases that occur in `text`. A short single word ("Free", "Senior") must stand on its own ("Free"
 * is not in "Freelance"); longer phrases match anywhere, since textContent glues neighbouring elements.
 */
function phrasesIn(text: string, phrases: string[]): string[] {
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const short = (phrase: string) => phrase.length < 8 && !/\s/.test(phrase);
  return phrases.filter((phrase) => text.includes(phrase) && (!short(phrase) || new RegExp(`(?<![A-Za-z])${escape(phrase)}(?![A-Za-z])`).test(text)));
}

/**
 * The English catalog texts the page shows outside user content. What people wrote or the bank holds
 * (answers, questions, names, emails, job postings, ticket subjects, an admin's own tag) is marked
 * `data-user-content` where it is shown and skipped with everything inside it, as are code, scripts and
 * form values; everything else counts, rendered text and the words a screen reader says (aria-label,
 * title, placeholder, alt), so a marker cannot hide interface text unless it wraps it.
 */
export async function englishOnPage(page: Page, giveaways: string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const skipped = "[data-user-content], script, style, noscript, template, code, pre";
    const spoken = ["aria-label", "title", "placeholder", "alt"];
    const parts: string[] = [];
    const visit = (element: Element) => {
      if (element.matches(skipped) || !element.checkVisibility({ visibilityProperty: true })) return;
      for (const name of spoken) {
        const value = element.getAttribute(name);
        if (value) parts.push(`\n${value}\n`);
      }
      // A field's value is what someone typed (a code editor's too); its placeholder and label above are the interface.
      if (element.matches("textarea, input, [contenteditable]:not([contenteditable=false])")) return;
      // A closed list's options have no box of their own: read them from the list.
      if (element.matches("select")) {
        for (const option of element.querySelectorAll("option:not([data-user-content])")) parts.push(`\n${option.textContent ?? ""}\n`);
        return;
      }
      const block = getComputedStyle(element).display !== "inline";
      if (block) parts.push("\n");
      for (const child of element.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? "");
        else if (child.nodeType === Node.ELEMENT_NODE) visit(child as Element);
      }
      if (block) parts.push("\n");
    };
    visit(document.body);
    // Blocks stay apart (a sentence is not continued in the next paragraph); spaces inside them are one.
    return parts.join("").replace(/[^\S\n]+/g, " ").replace(/\s*\n\s*/g, "\n");
  });
  // A marker that wraps controls would hide interface text with them: it goes on the content only.
  const wide = await page.locator("[data-user-content] :is(button, input, select, textarea, label, [role=button])").evaluateAll((nodes) =>
    nodes.map((node) => `data-user-content wraps a ${node.tagName.toLowerCase()} ("${(node.textContent || node.getAttribute("aria-label") || "").trim().slice(0, 40)}")`),
  );
  return [...phrasesIn(text.replace(/\n/g, " "), giveaways), ...latinRuns(text), ...wide];
}

/** Names that stay in Latin letters in every language: the brand, providers, and the levels Russian IT job titles use as is. */
const LATIN_AS_IS = new Set(["Rehearse", "REST", "API", "Google", "GitHub", "LinkedIn", "Junior", "Middle", "Senior"]);

const LATIN_RUN = /[A-Za-z][A-Za-z'’-]+(?:[ ,:;]+[A-Za-z][A-Za-z'’-]+){2,}/g;

/**
 * Latin terms the Russian and Korean question bank itself uses ("JSON Web Tokens", "WHERE id IN"): bank text
 * is quoted by the analyzer's feedback and shown as a follow-up, so a run found there is the bank's wording,
 * not an English string left in the interface.
 */
const BANK_LATIN = new Set(
  Object.values(SEED_TRANSLATIONS)
    .flatMap((bank) => Object.values(bank))
    .flatMap((question) => [question.text, ...question.keyPoints, ...question.followUps.map((followUp) => followUp.text)])
    .flatMap((text) => text.match(LATIN_RUN) ?? []),
);

/**
 * English sentences the catalog does not know (a server's message shown as written, a hard-coded
 * label): any run of three or more Latin words left once the names above are taken out.
 */
function latinRuns(text: string): string[] {
  const runs = (text.match(LATIN_RUN) ?? []).filter((run) => !BANK_LATIN.has(run));
  const english = runs.filter((run) => run.split(/[ ,:;]+/).filter((word) => !LATIN_AS_IS.has(word)).length >= 3);
  return [...new Set(english)].map((run) => `Latin text: ${run}`);
}

/** A fresh browser context as a visitor whose browser asks for `acceptLanguage`. */
export async function visitorContext(browser: Browser, acceptLanguage: string, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return browser.newContext({
    locale: acceptLanguage.split(",")[0],
    viewport,
    extraHTTPHeaders: { "accept-language": acceptLanguage, "x-forwarded-for": `198.19.${byte()}.${byte()}` },
  });
}

export async function expectLang(page: Page, locale: TLocale): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

/** Registers `user` in the page's context, verifies the email from the dev mailbox and returns a bearer header for REST. */
export async function verifiedBearer(page: Page, user: TTestUser): Promise<Record<string, string>> {
  const json = { "content-type": "application/json" };
  await registerUser(page.request, user);
  const token = new URL(await latestMailTo(page, user.email, "/verify-email"), "http://localhost").searchParams.get("token");
  expect((await page.request.post("/api/v1/auth/verify-email", { headers: json, data: { token } })).status()).toBe(200);
  const issued = await page.request.post("/api/v1/auth/token", { headers: json, data: { email: user.email, password: user.password } });
  return { authorization: `Bearer ${((await issued.json()) as { accessToken: string }).accessToken}` };
}

/** The e2e admin (in English, its own browser) makes `user` an admin through the console; returns the user's id. */
export async function promoteToAdmin(browser: Browser, user: Pick<TTestUser, "email" | "name">): Promise<string> {
  const context = await visitorContext(browser, "en-US,en;q=0.9");
  const admin = await context.newPage();
  await signInThroughApi(admin, ADMIN);
  await admin.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await admin.getByRole("link", { name: user.name }).click();
  await expect(admin.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  const userId = admin.url().split("/").at(-1)!;
  await admin.getByRole("combobox", { name: "Role" }).selectOption("admin");
  await admin.getByRole("button", { name: "Save role" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Role saved." })).toBeVisible();
  await context.close();
  return userId;
}
