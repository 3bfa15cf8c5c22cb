/**
 * `npm run bench:i18n -- --verdict`: #18's "page loads do not slow by more than 10% with translations
 * loaded", answered in one run. Every round loads each page in each language cold, in a fresh Chromium
 * context (i18n-browser.ts): Navigation Timing's DOMContentLoaded and load event, and the renderer
 * main-thread CPU to the first frame after the load event (DevTools' ThreadTime: thread time, which waiting
 * on a busy machine hardly moves; the same thread time --trace sums from a trace, without a trace's cost,
 * so twice the rounds fit). Languages are interleaved and their order rotates each round; a ratio to
 * English is the median of each round's paired ratio (the English load of the same page in the same
 * round), its spread the quartiles of those ratios. Rounds run until a time budget is spent (at least 3,
 * at most a cap). A page and language PASSes when all three median ratios are at most ×1.10.
 *
 * Two readings say how far one run can be trusted. Each ratio carries a 90% bootstrap interval of its
 * median: a cell is "over" only when the whole interval is above ×1.10, "within" when it is all at or under,
 * and "unresolved" otherwise. With `control`, English is loaded a second time in every round, in its own
 * slot of the rotation, and compared with the first English load like any language: an A/A comparison, so
 * its ratios show what this run measures when there is no difference at all.
 */
import os from "node:os";
import { medianInterval } from "./bootstrap";
import { inRounds, loadOnce, type TBrowserRun } from "./i18n-browser";
import { median, quantile } from "./i18n-cpu";

export const VERDICT_TARGET = 1.1;

/** The A/A control's name in the table: English loaded again, compared with English. */
export const CONTROL_LOCALE = "en-again";

export const VERDICT_MEASURES = [
  { key: "domContentLoadedMs", label: "DOMContentLoaded" },
  { key: "loadMs", label: "load event" },
  { key: "cpuMs", label: "main-thread CPU" },
] as const;
type TMeasure = (typeof VERDICT_MEASURES)[number]["key"];
export type TVerdictSample = Record<TMeasure, number>;

export interface TVerdictCell {
  /** Median over the rounds, ms. */
  ms: number;
  /** Median of the rounds' paired ratios to the baseline, and their quartiles. */
  ratio: number;
  low: number;
  high: number;
  /** 90% bootstrap interval of the median ratio. */
  ciLow: number;
  ciHigh: number;
}

/** Where a cell's interval sits against the target: all over it, all at or under it, or across it. */
export function settled(cell: TVerdictCell): "over" | "within" | "unresolved" {
  if (cell.ciLow > VERDICT_TARGET) return "over";
  return cell.ciHigh <= VERDICT_TARGET ? "within" : "unresolved";
}

export interface TVerdictRow {
  path: string;
  locale: string;
  cells: Record<TMeasure, TVerdictCell>;
  /** How many rounds were counted. */
  rounds: number;
  /** Every measure's median ratio at or under the target (the baseline's own rows always pass). */
  pass: boolean;
}

/** Per page and language, the medians and paired ratios of the rounds' samples (round i of a language is paired with round i of the baseline). */
export function verdictRows(samples: ReadonlyMap<string, TVerdictSample[]>, pages: readonly string[], locales: readonly string[], baseline: string): TVerdictRow[] {
  return pages.flatMap((path) =>
    locales.map((locale) => {
      const own = samples.get(`${path} ${locale}`) ?? [];
      const base = samples.get(`${path} ${baseline}`) ?? [];
      const cell = (key: TMeasure): TVerdictCell => {
        const paired = own.map((sample, round) => sample[key] / Math.max(base[round]?.[key] ?? Number.NaN, 1e-9));
        const ci = medianInterval(paired);
        return { ms: median(own.map((sample) => sample[key])), ratio: median(paired), low: quantile(paired, 0.25), high: quantile(paired, 0.75), ciLow: ci.low, ciHigh: ci.high };
      };
      const cells = Object.fromEntries(VERDICT_MEASURES.map(({ key }) => [key, cell(key)])) as Record<TMeasure, TVerdictCell>;
      return { path, locale, cells, rounds: own.length, pass: VERDICT_MEASURES.every(({ key }) => cells[key].ratio <= VERDICT_TARGET) };
    }),
  );
}

export async function measureVerdict<TLocale extends string>(options: TBrowserRun<TLocale> & { control?: boolean }): Promise<TVerdictRow[]> {
  const samples = new Map<string, TVerdictSample[]>();
  const locales: string[] = options.control ? [...options.locales, CONTROL_LOCALE] : [...options.locales];
  // The control is English in every way but its slot in the rotation and its name in the table.
  const loaded = (locale: string): TLocale => (locale === CONTROL_LOCALE ? options.baseline : (locale as TLocale));
  // The control widens the locales beyond TLocale: the run is typed by plain names, each mapped back by `loaded`.
  const cookies: Record<string, string> = options.cookies;
  await inRounds<string>({ ...options, locales, cookies }, async (browser, page, locale, counted) => {
    const load = await loadOnce(browser, options.base, loaded(locale), options.cookies[loaded(locale)], page);
    if (!counted) return;
    const key = `${page.path} ${locale}`;
    samples.set(key, [...(samples.get(key) ?? []), { domContentLoadedMs: load.domContentLoadedMs, loadMs: load.loadMs, cpuMs: load.mainThreadCpuMs }]);
  });
  return verdictRows(
    samples,
    options.pages.map((page) => page.path),
    locales,
    options.baseline,
  );
}

const cellText = (cell: TVerdictCell, isBaseline: boolean) =>
  isBaseline
    ? `${cell.ms.toFixed(0)} ms`
    : `${cell.ms.toFixed(0)} ms, **×${cell.ratio.toFixed(2)}** [${cell.low.toFixed(2)}–${cell.high.toFixed(2)}] (${cell.ciLow.toFixed(2)}–${cell.ciHigh.toFixed(2)}, ${settled(cell)})`;

/** The verdict as a Markdown table (pasted into the README as it is) and one line per language. */
export function printVerdict(rows: TVerdictRow[], options: { baseline: string; elapsedSeconds: number; loadBefore: number[] }): void {
  const say = (line: string) => console.log(line);
  const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(", ");
  say(`\nverdict: ${rows[0]?.rounds ?? 0} rounds of a cold load per page and language, languages interleaved, in ${Math.round(options.elapsedSeconds)} s;`);
  say(`load average before ${load(options.loadBefore)}, after ${load(os.loadavg())} (1, 5, 15 min). Medians; vs ${options.baseline}: median of paired ratios [quartiles]; PASS at ≤ ×${VERDICT_TARGET.toFixed(2)}; (90% interval of the median ratio, over / within / unresolved against ×${VERDICT_TARGET.toFixed(2)}).\n`);
  say(`| page | lang | ${VERDICT_MEASURES.map((measure) => measure.label).join(" | ")} | ≤ ×${VERDICT_TARGET.toFixed(2)} |`);
  say(`|---|---|${VERDICT_MEASURES.map(() => "---|").join("")}---|`);
  for (const row of rows) {
    const isBaseline = row.locale === options.baseline;
    const failed = VERDICT_MEASURES.filter(({ key }) => row.cells[key].ratio > VERDICT_TARGET).map((measure) => measure.label);
    const verdict = isBaseline ? "(baseline)" : `${row.pass ? "PASS" : `FAIL (${failed.join(", ")})`}${row.locale === CONTROL_LOCALE ? ", A/A control" : ""}`;
    say(`| \`${row.path}\` | ${row.locale} | ${VERDICT_MEASURES.map(({ key }) => cellText(row.cells[key], isBaseline)).join(" | ")} | ${verdict} |`);
  }
  for (const locale of [...new Set(rows.map((row) => row.locale))].filter((locale) => locale !== options.baseline)) {
    const own = rows.filter((row) => row.locale === locale);
    const worst = VERDICT_MEASURES.map(({ key, label }) => `${label} ×${Math.max(...own.map((row) => row.cells[key].ratio)).toFixed(2)}`).join(", ");
    const over = own.flatMap((row) => VERDICT_MEASURES.filter(({ key }) => settled(row.cells[key]) === "over").map(({ label }) => `${row.path} ${label}`));
    const resolved = own.every((row) => VERDICT_MEASURES.every(({ key }) => settled(row.cells[key]) === "within"));
    const settledText = over.length > 0 ? `over ×${VERDICT_TARGET.toFixed(2)} beyond noise: ${over.join(", ")}` : resolved ? "every interval within" : "no interval wholly over, some across the line";
    say(`${locale}: ${own.every((row) => row.pass) ? "PASS" : "FAIL"} (${own.filter((row) => row.pass).length} of ${own.length} pages pass; slowest vs ${options.baseline}: ${worst}; ${settledText})`);
  }
}
