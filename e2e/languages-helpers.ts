/**
 * The message catalogs as the language specs read them: locators use the catalog's own words (so a
 * reworded translation does not break a test), and the page walk looks for English left behind.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { serverVocabularyGiveaways } from "./languages-server-words";

type TTree = { [key: string]: string | TTree };
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
 * placeholders or tags), of more than one word or 8+ letters, whose translation differs from English;
 * (topic names aside) and the English words of the server's vocabularies, however short (plan, track and level names,
 * rubric dimensions, names of the codes the admin console shows: languages-server-words.ts).
 */
export function englishGiveaways(locale: TLocale): string[] {
  const en = catalog("en");
  const other = catalog(locale);
  const found = new Set<string>();
  for (const [namespace, tree] of Object.entries(en)) {
    const translated = new Map(leaves(other[namespace] ?? {}));
    for (const [key, text] of leaves(tree)) {
      if (/[{}<>]/.test(text) || translated.get(key) === text) continue;
      // Topic names are single everyday words ("communication", "feedback") that job descriptions and answers
      // use too; shown as tags they are question-bank data. topic-names.test.ts checks their translations.
      if (namespace === "vocabulary" && key.startsWith("topics.")) continue;
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

/** The English catalog texts visible on the page (user content aside: none of it comes from the catalog). */
export async function englishOnPage(page: Page, giveaways: string[]): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return phrasesIn(text, giveaways);
}

/**
 * The same, on the interface only: text marked data-user-content (questions, answers, ticket subjects,
 * notes), code and form values are left out, since what people wrote may be in any language.
 */
export async function englishOutsideUserContent(page: Page, giveaways: string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll("[data-user-content], script, style, code, pre, textarea, input").forEach((node) => node.remove());
    return (clone.textContent ?? "").replace(/\s+/g, " ");
  });
  return phrasesIn(text, giveaways);
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
