/**
 * bench:i18n's trace section (`--trace=N`): where a page's renderer spends its main thread, per language,
 * from a Chromium performance trace (Playwright's browser.startTracing: the DevTools timeline, V8 and
 * font categories) of a cold load in a fresh context, to the first frame after the load event. Each trace event's self
 * time (its duration less its children's on the same thread) is summed per event name on the page's
 * renderer main thread and grouped the way DevTools groups them (script, style, layout, paint, parse,
 * fonts); font work elsewhere (the browser process answers the renderer's fontconfig questions on
 * Linux) is summed apart. Medians over N loads; the table names what differs from English.
 */
import { chromium, type Browser, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../../../e2e/chromium-launch";
import { median } from "./i18n-cpu";

const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "blink", "fonts", "loading", "toplevel"].join(",");

export const TRACE_GROUPS = ["script", "style", "layout", "paint", "parse", "fonts", "gc", "other"] as const;
export type TTraceGroup = (typeof TRACE_GROUPS)[number];

interface TRawEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the thread ran, not what it waited for. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface TTraceSummary {
  /** The renderer main thread's top-level tasks to the first frame after the load event: wall time and CPU (thread) time, ms. */
  mainThreadMs: number;
  mainThreadCpuMs: number;
  /** Self time per group on the renderer main thread, ms. */
  groups: Record<TTraceGroup, number>;
  /** Self time per event name on the renderer main thread, ms. */
  names: Record<string, number>;
  /** Font events on any other thread (browser process, font service), ms. */
  fontsElsewhereMs: number;
  /** The renderer's synchronous font round trips to the browser process, and how many were fallback searches. */
  fontRoundTrips: number;
  fallbackSearches: number;
}

/** DevTools' grouping, by event name (fonts also by category, since font events nest inside layout). */
export function groupOf(name: string, cat: string): TTraceGroup {
  if (cat.includes("fonts") || /font|typeface|shap(e|ing)|harfbuzz/i.test(name)) return "fonts";
  if (/GC|Scavenge|Sweep|Mark|Compact/.test(name) && /v8|gc/i.test(cat)) return "gc";
  if (/^(EvaluateScript|FunctionCall|v8\.|V8\.|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|CompileScript|CompileCode|ParseScript|ScriptCompiled|v8\.run)/.test(name)) return "script";
  if (/^(UpdateLayoutTree|RecalculateStyles|RecalcStyle|ParseAuthorStyleSheet|StyleRecalc|Document::updateStyle)/.test(name)) return "style";
  if (/^(Layout|LocalFrameView::layout|UpdateLayerTree|IntersectionObserverController|LayoutShift)/.test(name)) return "layout";
  if (/^(Paint|PrePaint|Layerize|CompositeLayers|Commit|UpdateLayer|PaintImage|Rasterize|Decode)/.test(name)) return "paint";
  if (/^(ParseHTML|HTMLDocumentParser|ResourceSendRequest|ResourceReceiveResponse|ResourceReceivedData|ResourceFinish)/.test(name)) return "parse";
  return "other";
}

interface TInterval {
  name: string;
  cat: string;
  start: number;
  end: number;
  /** Thread time, µs (0 where the trace has none). */
  cpu: number;
  children: number;
  topLevel: boolean;
}

/** Self time per interval of one thread's nested events (sorted by start, parents before children). */
function selfTimes(intervals: TInterval[]): TInterval[] {
  intervals.sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: TInterval[] = [];
  for (const interval of intervals) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= interval.start) stack.pop();
    const parent = stack[stack.length - 1];
    interval.topLevel = !parent;
    if (parent) parent.children += Math.min(interval.end, parent.end) - interval.start;
    stack.push(interval);
  }
  return intervals;
}

/** Complete ('X') and begin/end ('B'/'E') events per thread as intervals, in µs. */
function intervalsByThread(events: TRawEvent[]): Map<string, TInterval[]> {
  const threads = new Map<string, TInterval[]>();
  const open = new Map<string, TRawEvent[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (event.ph === "X" && event.dur !== undefined) {
      threads.set(key, [...(threads.get(key) ?? []), { name: event.name, cat: event.cat, start: event.ts, end: event.ts + event.dur, cpu: event.tdur ?? 0, children: 0, topLevel: false }]);
    } else if (event.ph === "B") {
      open.set(key, [...(open.get(key) ?? []), event]);
    } else if (event.ph === "E") {
      const begin = open.get(key)?.pop();
      if (begin) threads.set(key, [...(threads.get(key) ?? []), { name: begin.name, cat: begin.cat, start: begin.ts, end: event.ts, cpu: (event.tts ?? 0) - (begin.tts ?? 0), children: 0, topLevel: false }]);
    }
  }
  return threads;
}

export function summarizeTrace(json: string): TTraceSummary {
  const events = (JSON.parse(json) as { traceEvents: TRawEvent[] }).traceEvents;
  const threadNames = new Map(events.filter((event) => event.ph === "M" && event.name === "thread_name").map((event) => [`${event.pid}:${event.tid}`, event.args?.name ?? ""]));
  const threads = intervalsByThread(events);
  const busy = (intervals: TInterval[]) => intervals.reduce((sum, interval) => sum + (/^(ParseHTML|LocalFrameView::performLayout)$/.test(interval.name) ? interval.end - interval.start : 0), 0);
  // The page's renderer main thread: the CrRendererMain that parsed and laid out the most (a spare
  // renderer idles; the previous context's renderer only tears down).
  const main = [...threads.entries()].filter(([key]) => threadNames.get(key) === "CrRendererMain").sort((a, b) => busy(b[1]) - busy(a[1]))[0];
  const groups = Object.fromEntries(TRACE_GROUPS.map((group) => [group, 0])) as Record<TTraceGroup, number>;
  const names: Record<string, number> = {};
  let fontsElsewhereMs = 0;
  let mainThreadMs = 0;
  let mainThreadCpuMs = 0;
  let fontRoundTrips = 0;
  let fallbackSearches = 0;
  for (const [key, intervals] of threads) {
    if (key === main?.[0]) {
      fontRoundTrips += intervals.filter((interval) => /^(WebSandboxSupportLinux::|FontDataManager::onMatchFamilyStyle)/.test(interval.name)).length;
      fallbackSearches += intervals.filter((interval) => interval.name === "WebSandboxSupportLinux::GetFallbackFontForCharacter").length;
      for (const interval of selfTimes(intervals)) {
        if (interval.topLevel) {
          mainThreadMs += (interval.end - interval.start) / 1000;
          mainThreadCpuMs += interval.cpu / 1000;
        }
        const selfMs = (interval.end - interval.start - interval.children) / 1000;
        groups[groupOf(interval.name, interval.cat)] += selfMs;
        names[interval.name] = (names[interval.name] ?? 0) + selfMs;
      }
    } else {
      fontsElsewhereMs += selfTimes(intervals)
        .filter((interval) => groupOf(interval.name, interval.cat) === "fonts")
        .reduce((sum, interval) => sum + (interval.end - interval.start - interval.children) / 1000, 0);
    }
  }
  return { mainThreadMs, mainThreadCpuMs, groups, names, fontsElsewhereMs, fontRoundTrips, fallbackSearches };
}

/**
 * Waits for two animation frames after the load event: the load event can come before the page's
 * first style, layout and paint (a page whose scripts never ask for layout is laid out at the next
 * frame), and a trace stopped there missed the text's shaping altogether in some loads.
 */
export async function afterFirstFrame(tab: Page): Promise<void> {
  await tab.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** One traced cold load of `url` in a fresh context (or a second view with warmFirst), to the first frame after the load event. */
export async function traceLoad(browser: Browser, url: string, options: { locale: string; cookie: string | null; warmFirst?: boolean }): Promise<TTraceSummary> {
  const context = await browser.newContext({ locale: options.locale, extraHTTPHeaders: { "accept-language": options.locale }, viewport: { width: 1280, height: 900 } });
  try {
    if (options.cookie) {
      const [name, ...value] = options.cookie.split("=");
      await context.addCookies([{ name: name!, value: value.join("="), url }]);
    }
    const tab = await context.newPage();
    // A second view: the same tab loads the page once untraced, so the traced load reuses its renderer (fonts and glyphs cached).
    if (options.warmFirst) await tab.goto(url, { waitUntil: "load" });
    await browser.startTracing(tab, { categories: CATEGORIES.split(",") });
    let trace: Buffer;
    try {
      const response = await tab.goto(url, { waitUntil: "load" });
      if (response && response.status() !== 200) throw new Error(`${options.locale} ${url}: ${response.status()}`);
      await afterFirstFrame(tab);
    } finally {
      trace = await browser.stopTracing();
    }
    return summarizeTrace(trace.toString("utf8"));
  } finally {
    await context.close();
  }
}

/** A page in one language: the medians of its loads' summaries. */
export interface TTraceRow extends TTraceSummary {
  path: string;
  locale: string;
  /** This locale's main-thread CPU over the baseline's in the same round, median over rounds. */
  ratioCpu: number;
}

/** Medians per group and per event name over a page's loads in one language. */
export function medianSummary(path: string, locale: string, loads: TTraceSummary[], baseline: TTraceSummary[]): TTraceRow {
  const allNames = new Set(loads.flatMap((load) => Object.keys(load.names)));
  return {
    path,
    locale,
    mainThreadMs: median(loads.map((load) => load.mainThreadMs)),
    mainThreadCpuMs: median(loads.map((load) => load.mainThreadCpuMs)),
    ratioCpu: median(loads.map((load, round) => load.mainThreadCpuMs / Math.max(baseline[round]!.mainThreadCpuMs, 1e-9))),
    groups: Object.fromEntries(TRACE_GROUPS.map((group) => [group, median(loads.map((load) => load.groups[group]))])) as Record<TTraceGroup, number>,
    names: Object.fromEntries([...allNames].map((name) => [name, median(loads.map((load) => load.names[name] ?? 0))])),
    fontsElsewhereMs: median(loads.map((load) => load.fontsElsewhereMs)),
    fontRoundTrips: median(loads.map((load) => load.fontRoundTrips)),
    fallbackSearches: median(loads.map((load) => load.fallbackSearches)),
  };
}

export async function traceInBrowser<TLocale extends string>(options: {
  base: string;
  locales: readonly TLocale[];
  baseline: TLocale;
  pages: ReadonlyArray<{ path: string; signedIn: boolean }>;
  cookies: Record<TLocale, string>;
  rounds: number;
}): Promise<TTraceRow[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const loads = new Map<string, TTraceSummary[]>();
  try {
    // A first round that is not counted (the server's first renders), then the language order rotates each round.
    for (let round = 0; round < options.rounds + 1; round++) {
      const order = options.locales.map((_, index) => options.locales[(index + round) % options.locales.length]!);
      for (const page of options.pages) {
        for (const locale of order) {
          const summary = await traceLoad(browser, `${options.base}${page.path}`, { locale, cookie: page.signedIn ? options.cookies[locale] : null });
          const key = `${page.path} ${locale}`;
          if (round > 0) loads.set(key, [...(loads.get(key) ?? []), summary]);
        }
      }
    }
  } finally {
    await browser.close();
  }
  const of = (path: string, locale: TLocale) => loads.get(`${path} ${locale}`)!;
  return options.pages.flatMap((page) => options.locales.map((locale) => medianSummary(page.path, locale, of(page.path, locale), of(page.path, options.baseline))));
}
