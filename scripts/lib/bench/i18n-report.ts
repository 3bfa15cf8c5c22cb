/** bench:i18n's tables for its CPU and browser sections (the wall-clock table is printed by the script itself). */
import type { TBrowserRow } from "./i18n-browser";
import type { TCpuRow } from "./i18n-cpu";
import { TRACE_GROUPS, type TTraceRow } from "./i18n-trace";

const say = (line: string) => console.log(line);
const ratio = (value: number) => `×${value.toFixed(2)}`;
const kib = (value: number) => `${(value / 1024).toFixed(1)} KiB`;

export function printCpu(rows: Array<TCpuRow<string>>, options: { rounds: number; batch: number; idleMsPerSecond: number }): void {
  say(`\nserver CPU per render (/proc, app process tree; PostgreSQL apart): median of ${options.rounds} rounds × batches of ${options.batch} loads, languages interleaved`);
  say(`app idle CPU while nobody calls it: ${options.idleMsPerSecond.toFixed(1)} ms per second (taken out of each batch over its wall time)`);
  say("page         lang  app ms  postgres ms  vs en (medians)  vs en (paired, median [IQR])");
  for (const row of rows) {
    say(
      `${row.path.padEnd(12)} ${row.locale.padEnd(4)} ${row.appMs.toFixed(1).padStart(6)}  ${row.postgresMs.toFixed(1).padStart(11)}  ${ratio(row.ratioOfMedians).padStart(15)}  ${ratio(row.pairedRatio)} [${row.pairedLow.toFixed(2)}–${row.pairedHigh.toFixed(2)}]`,
    );
  }
  const others = rows.filter((row) => row.locale !== "en");
  const worst = Math.max(...others.map((row) => row.pairedRatio));
  say(`slowest ru/ko page vs English, server CPU (paired): ${ratio(worst)} (target ≤ ×1.10): ${worst <= 1.1 ? "MET" : "MISSED"}`);
}

export function printBrowser(rows: Array<TBrowserRow<string>>, options: { rounds: number }): void {
  say(`\nin Chromium, cold cache, median of ${options.rounds} loads per page and language, interleaved (Navigation Timing; bytes on the wire; vs en = median of paired ratios)`);
  say("page         lang  DOMContentLoaded  vs en   load ms  vs en   transferred   vs en   document   main thread  vs en");
  for (const row of rows) {
    say(
      `${row.path.padEnd(12)} ${row.locale.padEnd(4)} ${row.domContentLoadedMs.toFixed(0).padStart(13)} ms  ${ratio(row.ratioDomContentLoaded)}  ${row.loadMs.toFixed(0).padStart(7)}  ${ratio(row.ratioLoad)}  ${kib(row.transferredBytes).padStart(11)}  ${ratio(row.ratioTransferred)}  ${kib(row.documentBytes).padStart(9)}  ${row.mainThreadMs.toFixed(0).padStart(9)} ms  ${ratio(row.ratioMainThread)}`,
    );
  }
  const others = rows.filter((row) => row.locale !== "en");
  for (const [label, field] of [["load event", "ratioLoad"], ["DOMContentLoaded", "ratioDomContentLoaded"], ["main-thread task time", "ratioMainThread"], ["bytes transferred", "ratioTransferred"]] as const) {
    const worst = Math.max(...others.map((row) => row[field]));
    say(`slowest ru/ko page vs English, ${label}: ${ratio(worst)} (target ≤ ×1.10): ${worst <= 1.1 ? "MET" : "MISSED"}`);
  }
}

export function printTrace(rows: TTraceRow[], options: { rounds: number; baseline: string }): void {
  say(`\nChromium trace of the page's renderer main thread to the first frame after the load event, median of ${options.rounds} cold loads: its tasks' wall time and CPU (thread) time,`);
  say(`CPU vs ${options.baseline} (median of paired ratios), self time by kind (ms), font work in other processes, and the renderer's font round trips (fallback searches)`);
  say(`page         lang  wall ms  CPU ms  vs ${options.baseline}  ${TRACE_GROUPS.map((group) => group.padStart(7)).join(" ")}  fonts elsewhere  font round trips`);
  for (const row of rows) {
    say(
      `${row.path.padEnd(12)} ${row.locale.padEnd(4)} ${row.mainThreadMs.toFixed(0).padStart(7)} ${row.mainThreadCpuMs.toFixed(0).padStart(7)}  ${ratio(row.ratioCpu)}  ${TRACE_GROUPS.map((group) => row.groups[group].toFixed(1).padStart(7)).join(" ")}  ${row.fontsElsewhereMs.toFixed(1).padStart(15)}  ${String(row.fontRoundTrips).padStart(6)} (${row.fallbackSearches})`,
    );
  }
  const worst = Math.max(...rows.filter((row) => row.locale !== options.baseline).map((row) => row.ratioCpu));
  say(`slowest ru/ko page vs ${options.baseline}, renderer main-thread CPU: ${ratio(worst)} (target ≤ ×1.10): ${worst <= 1.1 ? "MET" : "MISSED"}`);
  say(`events whose self time grows most over ${options.baseline} (ms, ${options.baseline} → this language):`);
  for (const row of rows.filter((entry) => entry.locale !== options.baseline)) {
    const base = rows.find((entry) => entry.path === row.path && entry.locale === options.baseline)!;
    const growth = Object.entries(row.names)
      .map(([name, ms]) => ({ name, ms, before: base.names[name] ?? 0 }))
      .sort((a, b) => b.ms - b.before - (a.ms - a.before))
      .slice(0, 4);
    say(`  ${row.path.padEnd(12)} ${row.locale}: ${growth.map((entry) => `${entry.name} ${entry.before.toFixed(1)} → ${entry.ms.toFixed(1)}`).join("; ")}`);
  }
}
