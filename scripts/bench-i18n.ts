/**
 * `npm run bench:i18n`: what translations cost a page (#18's target: at most 10% slower). Starts the
 * production app on its own DATA_DIR and port (it builds first when the build is stale), signs in one
 * candidate per language, and loads the landing page, the dashboard, the practice start and progress
 * in en, ru and ko: median server time over RUNS loads after a warm-up, the HTML's bytes, the
 * first-load JavaScript the HTML names, and the catalog bytes the page's providers send (shell + area,
 * server/i18n/client-areas.ts) beside what the one-provider-for-everything layout sent before.
 * There is no English-only build: English is the baseline, and ru/ko are compared with it.
 *
 * Wall-clock server time moves ±25% on a shared machine, so two steadier measures follow: the server's
 * CPU time per render from /proc (scripts/lib/bench/i18n-cpu.ts) and what Chromium does with each page,
 * cold cache (Navigation Timing: DOMContentLoaded, load, bytes transferred; i18n-browser.ts).
 * The baseline stays English: its words come from the same catalogs through the same provider, so
 * "with translations loaded" is measured as "in Russian or Korean instead of English"; a build
 * without next-intl is not something the production app can be started as.
 * Options: --rounds=21 (wall clock), --cpu-rounds=15 --batch=20 (CPU), --browser-rounds=9,
 * --trace=N (N traced loads per page and language: where the renderer's main thread goes, i18n-trace.ts;
 * off by default), --pages=/,/practice (a subset), --skip=wall,cpu,browser (any of them).
 * --verdict: only the browser verdict on the 10% target (scripts/lib/bench/i18n-verdict.ts): rounds of cold loads
 * of the four pages per language for --verdict-minutes=5 (at least 3 rounds, at most --verdict-rounds=20), a Markdown
 * table with PASS/FAIL, each ratio's 90% bootstrap interval, and an A/A control row (English against English,
 * loaded in its own slot of every round) that shows what the run reads when nothing differs; --no-control drops it.
 */
import fs from "node:fs";
import path from "node:path";
import { LANGUAGES, type TLanguage } from "@/server/contracts/vocabulary/languages";
import { CLIENT_AREAS, areaMessages, shellMessages, type TClientArea } from "@/server/i18n/client-areas";
import { NAMESPACE_NAMES, loadMessages, type TNamespace } from "@/server/i18n/messages";
import { freePort, startApp, stopChild } from "./lib/bench-app";
import os from "node:os";
import { measureInBrowser } from "./lib/bench/i18n-browser";
import { measureVerdict, printVerdict } from "./lib/bench/i18n-verdict";
import { traceInBrowser } from "./lib/bench/i18n-trace";
import { idleCpuMsPerSecond, measureRenderCpu } from "./lib/bench/i18n-cpu";
import { printBrowser, printCpu, printTrace } from "./lib/bench/i18n-report";
import { onShutdown, runLauncher } from "./lib/run-launcher";

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const VERDICT = process.argv.includes("--verdict");
const SKIP = new Set(VERDICT ? ["wall", "cpu", "browser"] : (process.argv.find((arg) => arg.startsWith("--skip="))?.slice("--skip=".length).split(",") ?? []));
const RUNS = option("rounds", 21);
const WARM_UP = 3;
const ONLY = process.argv.find((arg) => arg.startsWith("--pages="))?.slice("--pages=".length).split(",");
const PAGES: Array<{ path: string; area: TClientArea }> = (
  [
    { path: "/", area: "marketing" },
    { path: "/dashboard", area: "dashboard" },
    { path: "/practice", area: "practice" },
    { path: "/progress", area: "progress" },
  ] as const
).filter((page) => !ONLY || ONLY.includes(page.path));
const say = (line: string) => console.log(line);

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** Before: the root layout sent every namespace but the candidate and admin ones, the candidate layout every one but sign-in, landing and admin: together, all but admin. */
function catalogBytesBefore(locale: TLanguage): number {
  const all = loadMessages(locale);
  const sent = NAMESPACE_NAMES.filter((name) => !name.startsWith("admin") && !["dev", "docs", "password-advice"].includes(name));
  return bytes(Object.fromEntries(sent.map((name: TNamespace) => [name, all[name]])));
}

const catalogBytesNow = (locale: TLanguage, area: TClientArea) => bytes(shellMessages(locale)) + bytes(areaMessages(locale, area));

/** Signs a new candidate in over Auth.js's credentials endpoint; the account's language is the one it registered in. */
async function signIn(base: string, locale: TLanguage): Promise<string> {
  const email = `bench-i18n-${locale}-${Date.now()}@example.com`;
  const password = `bench-i18n-${Math.random().toString(36).slice(2)}-pw`;
  const headers = { "content-type": "application/json", "accept-language": locale, "x-forwarded-for": `198.51.100.${LANGUAGES.indexOf(locale) + 10}` };
  const registered = await fetch(`${base}/api/v1/auth/register`, { method: "POST", headers, body: JSON.stringify({ name: "Bench", email, password }) });
  if (registered.status !== 202) throw new Error(`register ${locale}: ${registered.status} ${await registered.text()}`);
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, "accept-language": locale },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/dashboard" }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).find((cookie) => cookie?.includes("session-token"));
  if (response.status !== 302 || !session) throw new Error(`sign-in ${locale}: ${response.status}`);
  return session;
}

const jsSizes = new Map<string, number>();

/** The first-load JavaScript a page's HTML names (each file fetched once). */
async function firstLoadJs(base: string, html: string): Promise<number> {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((match) => match[1]!))];
  let total = 0;
  for (const source of sources) {
    if (!jsSizes.has(source)) jsSizes.set(source, (await (await fetch(new URL(source, base))).arrayBuffer()).byteLength);
    total += jsSizes.get(source)!;
  }
  return total;
}

interface TRow {
  locale: TLanguage;
  path: string;
  medianMs: number;
  htmlBytes: number;
  jsBytes: number;
  catalogBefore: number;
  catalogNow: number;
  inHtml: TNamespace[];
}

/** One load: server time to the last byte and the HTML; fails on a non-200 or a page in the wrong language. */
async function load(base: string, locale: TLanguage, cookie: string, page: (typeof PAGES)[number]): Promise<{ ms: number; html: string }> {
  // The landing page as a visitor sees it (signed in, it may send the candidate on to the dashboard).
  const headers: Record<string, string> = page.area === "marketing" ? { "accept-language": locale } : { cookie, "accept-language": locale };
  const started = performance.now();
  const response = await fetch(`${base}${page.path}`, { headers, redirect: "manual" });
  const html = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${locale} ${page.path}: ${response.status}`);
  const lang = /<html lang="([a-z]+)"/.exec(html)?.[1];
  if (lang !== locale) throw new Error(`${page.path} answered in ${lang}, not ${locale}`);
  return { ms, html };
}

/** A namespace's longest plain message (no quotes, braces or tags), to tell whether the HTML carries it. */
function marker(locale: TLanguage, name: TNamespace): string | null {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === "string") texts.push(node);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(loadMessages(locale)[name]);
  return texts.filter((text) => !/["{}<>\\&']/.test(text)).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** The namespaces whose marker text the HTML contains (sent to the browser, or rendered on the page). */
function namespacesIn(locale: TLanguage, html: string): TNamespace[] {
  return NAMESPACE_NAMES.filter((name) => {
    const text = marker(locale, name);
    return text !== null && html.includes(text);
  });
}

/**
 * Every page in every language, round-robin (the order rotates each round, so warming up and
 * background noise fall on all three alike), after WARM_UP rounds that are not counted.
 */
async function measureAll(base: string, cookies: Record<TLanguage, string>): Promise<TRow[]> {
  const samples = new Map<string, number[]>();
  const last = new Map<string, string>();
  for (let round = 0; round < WARM_UP + RUNS; round++) {
    const order = LANGUAGES.map((_, index) => LANGUAGES[(index + round) % LANGUAGES.length]!);
    for (const page of PAGES) {
      for (const locale of order) {
        const { ms, html } = await load(base, locale, cookies[locale], page);
        const key = `${locale} ${page.path}`;
        if (round >= WARM_UP) samples.set(key, [...(samples.get(key) ?? []), ms]);
        last.set(key, html);
      }
    }
  }
  const rows: TRow[] = [];
  for (const locale of LANGUAGES) {
    for (const page of PAGES) {
      const key = `${locale} ${page.path}`;
      const times = samples.get(key)!.sort((a, b) => a - b);
      const html = last.get(key)!;
      rows.push({
        locale,
        path: page.path,
        medianMs: times[Math.floor(times.length / 2)]!,
        htmlBytes: Buffer.byteLength(html),
        jsBytes: await firstLoadJs(base, html),
        catalogBefore: catalogBytesBefore(locale),
        catalogNow: catalogBytesNow(locale, page.area),
        inHtml: namespacesIn(locale, html),
      });
    }
  }
  return rows;
}

const kib = (value: number) => `${(value / 1024).toFixed(1)} KiB`;

runLauncher(async () => {
  const port = await freePort();
  const dataDir = path.resolve(".test-data", `bench-i18n-${Date.now()}`);
  say(`starting the production app on port ${port} (it builds first when the build is stale)…`);
  const app = await startApp({ dataDir, port, onLine: (line) => say(`  ${line}`) });
  onShutdown(async () => {
    await stopChild(app.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const base = `http://127.0.0.1:${port}`;
  const cookies = {} as Record<TLanguage, string>;
  for (const locale of LANGUAGES) cookies[locale] = await signIn(base, locale);
  if (!SKIP.has("cpu")) {
    const appPid = app.child.pid!;
    const idleMsPerSecond = await idleCpuMsPerSecond(appPid);
    const [rounds, batch] = [option("cpu-rounds", 15), option("batch", 20)];
    const cpu = await measureRenderCpu({ appPid, locales: LANGUAGES, baseline: "en", pages: PAGES, rounds, warmUp: 2, batch, idleMsPerSecond, load: (locale, page) => load(base, locale, cookies[locale], page).then(() => undefined) });
    printCpu(cpu, { rounds, batch, idleMsPerSecond });
  }
  const browserPages = PAGES.map((page) => ({ path: page.path, signedIn: page.area !== "marketing" }));
  if (VERDICT) {
    const [rounds, budgetMs, started, loadBefore] = [option("verdict-rounds", 20), option("verdict-minutes", 5) * 60_000, performance.now(), os.loadavg()];
    const onRound = (round: number) => say(`  verdict round ${round} (the first is not counted), ${Math.round((performance.now() - started) / 1000)} s`);
    const rows = await measureVerdict({ base, locales: LANGUAGES, baseline: "en", pages: browserPages, cookies, rounds, warmUp: 1, budgetMs, onRound, control: !process.argv.includes("--no-control") });
    printVerdict(rows, { baseline: "en", elapsedSeconds: (performance.now() - started) / 1000, loadBefore });
  }
  if (option("trace", 0) > 0) {
    const rounds = option("trace", 0);
    printTrace(await traceInBrowser({ base, locales: LANGUAGES, baseline: "en", pages: browserPages, cookies, rounds }), { rounds, baseline: "en" });
  }
  if (!SKIP.has("browser")) {
    const rounds = option("browser-rounds", 9);
    printBrowser(await measureInBrowser({ base, locales: LANGUAGES, baseline: "en", pages: browserPages, cookies, rounds, warmUp: 1 }), { rounds });
  }
  if (SKIP.has("wall")) return "exit";
  const rows = await measureAll(base, cookies);
  say(`\nmedian of ${RUNS} loads per page and language after ${WARM_UP} warm-up rounds, languages interleaved; bytes uncompressed`);
  say("page         lang  median ms  vs en   HTML        vs en   first-load JS   catalogs sent (before → now)");
  for (const row of rows) {
    const en = rows.find((other) => other.locale === "en" && other.path === row.path)!;
    say(
      `${row.path.padEnd(12)} ${row.locale.padEnd(4)} ${row.medianMs.toFixed(1).padStart(9)}  ${(row.medianMs / en.medianMs).toFixed(2).padStart(5)}  ${kib(row.htmlBytes).padStart(10)}  ${(row.htmlBytes / en.htmlBytes).toFixed(2).padStart(5)}  ${kib(row.jsBytes).padStart(14)}   ${kib(row.catalogBefore)} → ${kib(row.catalogNow)}`,
    );
  }
  say("\nnamespaces whose text is in the HTML (sent to the browser or rendered), English pages:");
  for (const row of rows.filter((entry) => entry.locale === "en")) say(`  ${row.path.padEnd(12)} ${row.inHtml.join(", ")}`);
  const worst = Math.max(...rows.filter((row) => row.locale !== "en").map((row) => row.medianMs / rows.find((other) => other.locale === "en" && other.path === row.path)!.medianMs));
  say(`\nslowest ru/ko page vs English: ×${worst.toFixed(2)} (target ≤ ×1.10): ${worst <= 1.1 ? "OK" : "OVER"}`);
  say(`areas: ${Object.keys(CLIENT_AREAS).join(", ")}`);
  return "exit";
});
