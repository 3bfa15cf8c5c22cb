/**
 * bench:i18n's browser section: what a visitor's browser does with each page in each language.
 * Chromium (Debian's /usr/bin/chromium, never a downloaded one) loads each page in a fresh context
 * (cold cache: every script, style and the page's catalogs are fetched) and reads the Navigation
 * Timing API: DOMContentLoaded and load, from the navigation's start, and the bytes transferred for
 * the document and every resource it fetched by then; and the page's main-thread task time up to
 * the first frame after the load event (Chrome DevTools Protocol Performance.getMetrics, TaskDuration: parsing, script,
 * style, layout of this page's renderer): on a busy machine the timings wait on other work, the
 * work the page itself made hardly changes. Languages are interleaved and
 * their order rotates each round; medians per page and language, and ratios to English as the
 * median of each round's paired ratio (the English load of the same page in the same round).
 */
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../../../e2e/chromium-launch";
import { median } from "./i18n-cpu";
import { afterFirstFrame } from "./i18n-trace";

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
  /** The page's main-thread task time until the first frame after the load event, ms. */
  mainThreadMs: number;
  ratioDomContentLoaded: number;
  ratioLoad: number;
  ratioTransferred: number;
  ratioMainThread: number;
}

export interface TSample {
  domContentLoadedMs: number;
  loadMs: number;
  transferredBytes: number;
  documentBytes: number;
  mainThreadMs: number;
  /** The page's renderer main-thread CPU time, ms (Performance.getMetrics ThreadTime: thread time, which waiting on a busy machine hardly moves). */
  mainThreadCpuMs: number;
}

export async function loadOnce(browser: Browser, base: string, locale: string, cookie: string | null, page: TBrowserPage): Promise<TSample> {
  const context = await browser.newContext({ locale, extraHTTPHeaders: { "accept-language": locale }, viewport: { width: 1280, height: 900 } });
  try {
    if (page.signedIn && cookie) {
      const [name, ...value] = cookie.split("=");
      await context.addCookies([{ name: name!, value: value.join("="), url: base }]);
    }
    const tab = await context.newPage();
    const devtools = await context.newCDPSession(tab);
    await devtools.send("Performance.enable");
    const response = await tab.goto(`${base}${page.path}`, { waitUntil: "load" });
    await afterFirstFrame(tab);
    const { metrics } = await devtools.send("Performance.getMetrics");
    const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? Number.NaN) * 1000;
    const [mainThreadMs, mainThreadCpuMs] = [metric("TaskDuration"), metric("ThreadTime")];
    if (response?.status() !== 200) throw new Error(`${locale} ${page.path}: ${response?.status()}`);
    const lang = await tab.locator("html").getAttribute("lang");
    if (lang !== locale) throw new Error(`${page.path} answered in ${lang}, not ${locale}`);
    const timing = await tab.evaluate(() => {
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
    return { ...timing, mainThreadMs, mainThreadCpuMs };
  } finally {
    await context.close();
  }
}

export interface TBrowserRun<TLocale extends string> {
  base: string;
  locales: readonly TLocale[];
  baseline: TLocale;
  pages: readonly TBrowserPage[];
  cookies: Record<TLocale, string>;
  /** Counted rounds (at most, with a budget). */
  rounds: number;
  /** Rounds before the counted ones (the server's first renders). */
  warmUp: number;
  /** Stop after the first round that ends past this many ms from the start, once 3 rounds are counted. */
  budgetMs?: number;
  onRound?: (round: number) => void;
}

/** Every page in every language per round, the language order rotating each round, in one Chromium. */
export async function inRounds<TLocale extends string>(
  options: TBrowserRun<TLocale>,
  visit: (browser: Browser, page: TBrowserPage, locale: TLocale, counted: boolean) => Promise<void>,
): Promise<void> {
  const [browser, started] = [await chromium.launch(chromiumLaunchOptions()), performance.now()];
  try {
    for (let round = 0; round < options.warmUp + options.rounds; round++) {
      const order = options.locales.map((_, index) => options.locales[(index + round) % options.locales.length]!);
      for (const page of options.pages) {
        for (const locale of order) await visit(browser, page, locale, round >= options.warmUp);
      }
      options.onRound?.(round + 1);
      if (round + 1 - options.warmUp >= 3 && performance.now() - started > (options.budgetMs ?? Infinity)) break;
    }
  } finally {
    await browser.close();
  }
}

export async function measureInBrowser<TLocale extends string>(options: TBrowserRun<TLocale>): Promise<Array<TBrowserRow<TLocale>>> {
  const samples = new Map<string, TSample[]>();
  await inRounds(options, async (browser, page, locale, counted) => {
    const sample = await loadOnce(browser, options.base, locale, options.cookies[locale], page);
    if (counted) samples.set(`${page.path} ${locale}`, [...(samples.get(`${page.path} ${locale}`) ?? []), sample]);
  });
  const of = (path: string, locale: TLocale) => samples.get(`${path} ${locale}`)!;
  const medianOf = (path: string, locale: TLocale, field: keyof TSample) => median(of(path, locale).map((sample) => sample[field]));
  /** The median over rounds of this locale's value over English's in the same round. */
  const paired = (path: string, locale: TLocale, field: keyof TSample) => {
    const base = of(path, options.baseline);
    return median(of(path, locale).map((sample, round) => sample[field] / Math.max(base[round]![field], 1e-9)));
  };
  return options.pages.flatMap((page) =>
    options.locales.map((locale) => ({
      path: page.path,
      locale,
      domContentLoadedMs: medianOf(page.path, locale, "domContentLoadedMs"),
      loadMs: medianOf(page.path, locale, "loadMs"),
      transferredBytes: medianOf(page.path, locale, "transferredBytes"),
      documentBytes: medianOf(page.path, locale, "documentBytes"),
      mainThreadMs: medianOf(page.path, locale, "mainThreadMs"),
      ratioDomContentLoaded: paired(page.path, locale, "domContentLoadedMs"),
      ratioLoad: paired(page.path, locale, "loadMs"),
      ratioTransferred: paired(page.path, locale, "transferredBytes"),
      ratioMainThread: paired(page.path, locale, "mainThreadMs"),
    })),
  );
}
