/**
 * Which language a page is rendered in: the signed-in user's saved preference, else the `locale`
 * cookie the switcher sets (visitors), else the best match in Accept-Language, else English.
 * Pure functions, so the order and the header parsing are unit-tested without a request.
 */
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, LOCALE_COOKIE, type TLanguage } from "@/server/contracts/vocabulary/languages";

export { LOCALE_COOKIE } from "@/server/contracts/vocabulary/languages";

interface TRange {
  tag: string;
  q: number;
  order: number;
}

/** "ru-RU,ru;q=0.9,en;q=0.5" → ranges by preference (q descending, header order on ties); q=0 means "not this one". */
function parseAcceptLanguage(header: string): TRange[] {
  const ranges: TRange[] = [];
  header.split(",").forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(";");
    const tag = rawTag?.trim().toLowerCase();
    if (!tag) return;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      if (match) q = Number(match[1]);
    }
    if (Number.isFinite(q) && q > 0) ranges.push({ tag, q: Math.min(q, 1), order });
  });
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order);
}

/** The best of our languages for an Accept-Language header ("ko-KR" matches ko), or null when none fits. */
export function negotiateLanguage(header: string | null | undefined): TLanguage | null {
  if (!header) return null;
  for (const { tag } of parseAcceptLanguage(header.slice(0, 1000))) {
    if (tag === "*") return null;
    const primary = tag.split("-")[0];
    const match = LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return null;
}

export function resolveLanguage(input: { preference: TLanguage | null | undefined; cookie: string | null | undefined; acceptLanguage: string | null | undefined }): TLanguage {
  if (input.preference) return input.preference;
  if (isLanguage(input.cookie)) return input.cookie;
  return negotiateLanguage(input.acceptLanguage) ?? DEFAULT_LANGUAGE;
}

/** The same order read from a request's headers (the switcher's cookie, Accept-Language) with the saved preference the caller has. */
export function languageFromHeaders(headers: Headers, preference: TLanguage | null): TLanguage {
  // Only one cookie is wanted, so it is looked up here rather than through the session cookie parser (which
  // would pull Auth.js and the database into this pure module).
  const cookie = (headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLanguage({ preference, cookie, acceptLanguage: headers.get("accept-language") });
}
