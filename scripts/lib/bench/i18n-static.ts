/**
 * What Korean text costs Chromium's renderer, apart from the app: `npx tsx scripts/lib/bench/i18n-static.ts
 * [--rounds=9] [--warm] [--only=ko,ko-few-glyphs]`. Serves one static page of the catalogs' text (ten
 * candidate namespaces: headings bold, notes semibold, body regular) in CSS variants and traces cold loads
 * of each in fresh contexts, variants interleaved (i18n-trace.ts: the renderer main thread to the first
 * frame after the load event). `--warm` loads each page once untraced in the same tab first (a second
 * page view: the renderer's font and glyph caches warm). No build or server needed. Prints medians:
 * main-thread CPU, the self time of text shaping, font work and the font round trips to the browser.
 * `ko-few-glyphs` is the Korean text with every syllable replaced by one of 40: the same words, spaces
 * and line breaks, but about as many distinct glyphs as the English page (README, bench:i18n).
 */
import fs from "node:fs";
import http from "node:http";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../../../e2e/chromium-launch";
import { median } from "./i18n-cpu";
import { traceLoad, type TTraceSummary } from "./i18n-trace";

const NAMESPACES = ["marketing", "dashboard", "common", "nav", "practice", "progress", "jobs", "settings", "report", "interview"];
/** app/globals.css's stacks. */
const KO = `"NanumGothic", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", ui-sans-serif, system-ui, sans-serif`;
const EN = `ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif`;
const KEEP_ALL = ":lang(ko){word-break:keep-all;overflow-wrap:break-word}";

const VARIANTS: Record<string, { lang: "en" | "ko"; css: string }> = {
  en: { lang: "en", css: `body{font-family:${EN}}` },
  ko: { lang: "ko", css: `body{font-family:${KO}} ${KEEP_ALL}` },
  "ko-few-glyphs": { lang: "ko", css: `body{font-family:${KO}} ${KEEP_ALL}` },
  "ko-normal-break": { lang: "ko", css: `body{font-family:${KO}}` },
  "ko-kerning-none": { lang: "ko", css: `body{font-family:${KO};font-kerning:none} ${KEEP_ALL}` },
  "ko-features-off": { lang: "ko", css: `body{font-family:${KO};font-kerning:none;font-variant-ligatures:none;font-feature-settings:"kern" 0,"liga" 0,"calt" 0} ${KEEP_ALL}` },
  "ko-no-autospace": { lang: "ko", css: `body{font-family:${KO};text-autospace:no-autospace;text-spacing-trim:space-all} ${KEEP_ALL}` },
  "ko-one-weight": { lang: "ko", css: `body{font-family:${KO}} *{font-weight:400!important} ${KEEP_ALL}` },
  "ko-barun-gothic": { lang: "ko", css: `body{font-family:"NanumBarunGothic",${KO}} ${KEEP_ALL}` },
  "ko-square": { lang: "ko", css: `body{font-family:"NanumSquare",${KO}} ${KEEP_ALL}` },
};

const arg = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg("only")?.split(",");
const names = Object.keys(VARIANTS).filter((name) => !only || only.includes(name) || name === "en");
const rounds = Number(arg("rounds") ?? 9);
const warm = process.argv.includes("--warm");

function texts(locale: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === "string") found.push(node);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  for (const name of NAMESPACES) walk(JSON.parse(fs.readFileSync(`server/i18n/messages/${locale}/${name}.json`, "utf8")));
  return found.filter((text) => !/[{}<>]/.test(text));
}

function page(name: string): string {
  const { lang, css } = VARIANTS[name]!;
  const few = (text: string) => text.replace(/[\uac00-\ud7a3]/g, (syllable) => String.fromCharCode(0xac00 + (syllable.charCodeAt(0) % 40) * 28));
  const body = texts(lang)
    .map((text) => (name === "ko-few-glyphs" ? few(text) : text))
    .map((text, index) => (index % 12 === 0 ? `<h2 style="font-size:24px;font-weight:700">${text}</h2>` : `<p style="font-size:${index % 5 === 0 ? "14px;font-weight:600" : "16px"}">${text}</p>`))
    .join("\n");
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
}

const server = http.createServer((request, response) => {
  const name = new URL(request.url ?? "/", "http://localhost").searchParams.get("v") ?? "";
  if (!VARIANTS[name]) return void response.writeHead(404).end();
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(name));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch(chromiumLaunchOptions());
const loads = new Map<string, TTraceSummary[]>();
try {
  for (let round = 0; round <= rounds; round++) {
    for (const name of names.map((_, index) => names[(index + round) % names.length]!)) {
      const summary = await traceLoad(browser, `http://127.0.0.1:${port}/?v=${name}`, { locale: VARIANTS[name]!.lang, cookie: null, warmFirst: warm });
      if (round > 0) loads.set(name, [...(loads.get(name) ?? []), summary]);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const of = (name: string, value: (load: TTraceSummary) => number) => median(loads.get(name)!.map(value));
const shaping = (load: TTraceSummary) => Object.entries(load.names).reduce((sum, [event, ms]) => sum + (/Shape/.test(event) ? ms : 0), 0);
console.log(`median of ${rounds} ${warm ? "second views (warm renderer)" : "cold loads"} per variant, the first round not counted`);
console.log("variant              CPU ms  vs en  shaping ms  fonts ms  font round trips (fallback searches)");
for (const name of names) {
  const cpu = of(name, (load) => load.mainThreadCpuMs);
  console.log(
    `${name.padEnd(19)} ${cpu.toFixed(1).padStart(7)}  ×${(cpu / of("en", (load) => load.mainThreadCpuMs)).toFixed(2)} ${of(name, shaping).toFixed(1).padStart(10)} ${of(name, (load) => load.groups.fonts).toFixed(1).padStart(9)}  ${of(name, (load) => load.fontRoundTrips)} (${of(name, (load) => load.fallbackSearches)})`,
  );
}
