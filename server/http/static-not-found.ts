/**
 * The 404 for paths no page or route serves, answered by our server without rendering anything:
 * the same words and way back as app/not-found.tsx (which Next still renders when a page calls
 * notFound()), prebuilt once per language as an HTML string. Under /api/ the contract's JSON error body.
 * The language comes from the switcher's cookie, else Accept-Language (no session lookup: a 404 stays
 * the cheapest response the site has); a catch-all page route would send every unknown path through
 * Next's renderer instead.
 */
import { LANGUAGES, type TLanguage } from "@/server/contracts/vocabulary/languages";
import { AppError } from "@/server/errors";
import { languageFromHeaders } from "@/server/i18n/locale";
import enErrors from "@/server/i18n/messages/en/errors.json";
import koErrors from "@/server/i18n/messages/ko/errors.json";
import ruErrors from "@/server/i18n/messages/ru/errors.json";
import { requestIdFrom } from "@/server/request-context";
import { errorResponse } from "./error-body";

const NOT_FOUND_TEXT: Record<TLanguage, { title: string; body: string; home: string }> = {
  en: enErrors.notFound,
  ru: ruErrors.notFound,
  ko: koErrors.notFound,
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

function pageFor(language: TLanguage): Buffer<ArrayBuffer> {
  const text = NOT_FOUND_TEXT[language];
  return Buffer.from(`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(text.title)} · Rehearse</title>
<style>
body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;color:#0f172a;background:#fff}
html[lang="ko"] body{word-break:keep-all}
main{max-width:36rem;margin:0 auto;padding:6rem 1rem;text-align:center}
.code{font-size:.875rem;font-weight:600;color:#1f3fb0;margin:0}
h1{margin:.5rem 0 0;font-size:1.875rem;line-height:1.2}
p{color:#334155}
a{display:inline-block;margin-top:2rem;padding:.75rem 1.25rem;border-radius:.5rem;background:#1f3fb0;color:#fff;font-weight:600;text-decoration:none}
a:hover{background:#16275e}
a:focus-visible{outline:3px solid #0f172a;outline-offset:2px}
</style>
</head>
<body>
<main>
<p class="code">404</p>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.body)}</p>
<a href="/">${escapeHtml(text.home)}</a>
</main>
</body>
</html>
`, "utf8");
}

const BODIES = new Map<TLanguage, Buffer<ArrayBuffer>>(LANGUAGES.map((language) => [language, pageFor(language)]));

export function staticNotFound(req: Request): Response {
  if (new URL(req.url).pathname.startsWith("/api/")) {
    const requestId = requestIdFrom(req.headers.get("x-request-id"));
    return errorResponse(new AppError("NOT_FOUND", "No such endpoint."), requestId);
  }
  const language = languageFromHeaders(req.headers, null);
  const body = BODIES.get(language)!;
  return new Response(req.method === "HEAD" ? null : body, {
    status: 404,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-language": language,
      vary: "Cookie, Accept-Language",
      "cache-control": "no-store",
      "content-length": String(body.byteLength),
    },
  });
}
