/**
 * bench:i18n's browser section: what a visitor's browser does with each page in each language.
 * Chromium (Debian's /usr/bin/chromium, never a downloaded one) loads each page in a fresh context
 * (cold cache: every script, style and the page's catalogs are fetched) and reads the Navigation
 * Timing API: DOMContentLoaded and load, from the navigation's start, and the bytes transferred for
 * the document and every resource it fetched by then. Languages are interleaved and their order
 * rotates each round; medians per page and language, ratios to English.
 */
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../../../e2e/chromium-launch";
import { median } from "./i18n-cpu";

export interface TBrowserPage {
  path: string;
  /** A signed-in page (the locale's session cookie is set), else a visitor with Accept-Language. */
  signedIn: boolean;
}

export interface TBrowserRow<TLocale extends string> {
  path: string;
  locale: TLocale;
  domContentLoadedMs: number;
  loadMs: number;
  transferredBytes: number;
  /** The document's own bytes on the wire (the HTML with its inlined catalogs). */
  documentBytes: number;
  ratioDomContentLoaded: number;
  ratioLoad: number;
  ratioTransferred: number;
}

interface TSample {
  domContentLoadedMs: number;
  loadMs: number;
  transferredBytes: number;
  documentBytes: number;
}

async function loadOnce(browser: Browser, base: string, locale: string, cookie: string | null, page: TBrowserPage): Promise<TSample> {
  const context = await browser.newContext({ locale, extraHTTPHeaders: { "accept-language": locale }, viewport: { width: 1280, height: 900 } });
  try {
    if (page.signedIn && cookie) {
      const [name, ...value] = cookie.split("=");
      await context.addCookies([{ name: name!, value: value.join("="), url: base }]);
    }
    const tab = await context.newPage();
    const response = await tab.goto(`${base}${page.path}`, { waitUntil: "load" });
    if (response?.status() !== 200) throw new Error(`${locale} ${page.path}: ${response?.status()}`);
    const lang = await tab.locator("html").getAttribute("lang");
    if (lang !== locale) throw new Error(`${page.path} answered in ${lang}, not ${locale}`);
    return await tab.evaluate(() => {
      const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      if (!navigation) throw new Error("no navigation timing");
      return {
        domContentLoadedMs: navigation.domContentLoadedEventEnd - navigation.startTime,
        loadMs: navigation.loadEventEnd - navigation.startTime,
        documentBytes: navigation.transferSize,
        transferredBytes: navigation.transferSize + resources.reduce((sum, entry) => sum + entry.transferSize, 0),
      };
    });
  } finally {
    await context.close();
  }
}

export async function measureInBrowser<TLocale extends string>(options: {
  base: string;
  locales: readonly TLocale[];
  baseline: TLocale;
  pages: readonly TBrowserPage[];
  cookies: Record<TLocale, string>;
  rounds: number;
  warmUp: number;
}): Promise<Array<TBrowserRow<TLocale>>> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const samples = new Map<string, TSample[]>();
  try {
    for (let round = 0; round < options.warmUp + options.rounds; round++) {
      const order = options.locales.map((_, index) => options.locales[(index + round) % options.locales.length]!);
      for (const page of options.pages) {
        for (const locale of order) {
          const sample = await loadOnce(browser, options.base, locale, options.cookies[locale], page);
          if (round >= options.warmUp) samples.set(`${page.path} ${locale}`, [...(samples.get(`${page.path} ${locale}`) ?? []), sample]);
        }
      }
    }
  } finally {
    await browser.close();
  }
  const medianOf = (path: string, locale: TLocale, field: keyof TSample) => median(samples.get(`${path} ${locale}`)!.map((sample) => sample[field]));
  return options.pages.flatMap((page) =>
    options.locales.map((locale) => {
      const row = {
        domContentLoadedMs: medianOf(page.path, locale, "domContentLoadedMs"),
        loadMs: medianOf(page.path, locale, "loadMs"),
        transferredBytes: medianOf(page.path, locale, "transferredBytes"),
        documentBytes: medianOf(page.path, locale, "documentBytes"),
      };
      return {
        path: page.path,
        locale,
        ...row,
        ratioDomContentLoaded: row.domContentLoadedMs / medianOf(page.path, options.baseline, "domContentLoadedMs"),
        ratioLoad: row.loadMs / medianOf(page.path, options.baseline, "loadMs"),
        ratioTransferred: row.transferredBytes / medianOf(page.path, options.baseline, "transferredBytes"),
      };
    }),
  );
}
