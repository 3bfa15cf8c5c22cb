/**
 * bench:i18n's CPU section: the production server's CPU time per page render in each language, read
 * from /proc (the app's process tree, PostgreSQL apart and reported on its own; scripts/lib/bench-cpu.ts,
 * as bench:api does). Wall-clock time on this shared machine moves ±25% with the other work on it;
 * the CPU a render costs the server hardly does. Each sample is a batch of loads of one page in one
 * language (the kernel counts CPU in 10 ms ticks, so a batch of twenty 20–30 ms renders is read to ~2%);
 * languages are interleaved and their order rotates each round. Per page, the ratio to English is
 * given twice: of the medians, and the median of each round's paired ratio (ru or ko over the English
 * batch next to it, which cancels slow drifts of the machine). The app's idle CPU (measured first, while
 * nobody calls it) over each batch's wall time is taken out, so a batch that waited longer on a busy
 * machine is not charged for the app's timers meanwhile.
 */
import { processTreeCpuSeconds } from "../bench-cpu";

export interface TCpuPage {
  path: string;
}

export interface TCpuRow<TLocale extends string> {
  path: string;
  locale: TLocale;
  /** Median app CPU per render, ms (web process tree, PostgreSQL apart), net of the app's idle CPU. */
  appMs: number;
  /** Median PostgreSQL CPU per render, ms. */
  postgresMs: number;
  /** The app CPU ratio to English: of the medians, and the median of the rounds' paired ratios. */
  ratioOfMedians: number;
  pairedRatio: number;
  /** Quartiles of the paired ratios (how far one round's ratio strays). */
  pairedLow: number;
  pairedHigh: number;
}

export const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
};
export const median = (values: number[]) => quantile(values, 0.5);

/** The app's CPU while nobody calls it, ms per second (timers, the database pool): what a batch carries besides its renders. */
export async function idleCpuMsPerSecond(appPid: number, seconds = 5): Promise<number> {
  const before = processTreeCpuSeconds(appPid);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return ((processTreeCpuSeconds(appPid) - before) * 1000) / seconds;
}

export async function measureRenderCpu<TLocale extends string, TPage extends TCpuPage>(options: {
  appPid: number;
  locales: readonly TLocale[];
  baseline: TLocale;
  pages: readonly TPage[];
  rounds: number;
  warmUp: number;
  batch: number;
  /** idleCpuMsPerSecond(), taken out of each batch in proportion to its wall time. */
  idleMsPerSecond: number;
  /** One full page load (response body read), failing on a wrong status or language. */
  load: (locale: TLocale, page: TPage) => Promise<void>;
}): Promise<Array<TCpuRow<TLocale>>> {
  const app: Record<string, number[]> = {};
  const postgres: Record<string, number[]> = {};
  const keyOf = (page: TPage, locale: TLocale) => `${page.path} ${locale}`;
  for (let round = 0; round < options.warmUp + options.rounds; round++) {
    const order = options.locales.map((_, index) => options.locales[(index + round) % options.locales.length]!);
    for (const page of options.pages) {
      for (const locale of order) {
        const appBefore = processTreeCpuSeconds(options.appPid);
        const postgresBefore = processTreeCpuSeconds(options.appPid, { only: "postgres" });
        const started = performance.now();
        for (let index = 0; index < options.batch; index++) await options.load(locale, page);
        const idleMs = (options.idleMsPerSecond * (performance.now() - started)) / 1000;
        if (round < options.warmUp) continue;
        const key = keyOf(page, locale);
        (app[key] ??= []).push(((processTreeCpuSeconds(options.appPid) - appBefore) * 1000 - idleMs) / options.batch);
        (postgres[key] ??= []).push(((processTreeCpuSeconds(options.appPid, { only: "postgres" }) - postgresBefore) * 1000) / options.batch);
      }
    }
  }
  const rows: Array<TCpuRow<TLocale>> = [];
  for (const page of options.pages) {
    const base = app[keyOf(page, options.baseline)]!;
    for (const locale of options.locales) {
      const samples = app[keyOf(page, locale)]!;
      const paired = samples.map((value, round) => value / Math.max(base[round]!, 1e-9));
      rows.push({
        path: page.path,
        locale,
        appMs: median(samples),
        postgresMs: median(postgres[keyOf(page, locale)]!),
        ratioOfMedians: median(samples) / median(base),
        pairedRatio: median(paired),
        pairedLow: quantile(paired, 0.25),
        pairedHigh: quantile(paired, 0.75),
      });
    }
  }
  return rows;
}
