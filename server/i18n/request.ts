/**
 * next-intl's per-request configuration (next.config.js points its plugin here). No locale in the
 * URL: the language comes from the user's saved preference, the switcher's cookie, or Accept-Language
 * (locale.ts). The user is the request's cached one the header reads anyway, so no extra query.
 * Only page renders get here; the JSON API (scripts/lib/api-fast-path.ts, route handlers) never loads it.
 */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUserOrNull } from "@/app/_components/current-user";
import { LOCALE_COOKIE, resolveLanguage } from "./locale";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const [user, cookieStore, requestHeaders] = await Promise.all([getCurrentUserOrNull(), cookies(), headers()]);
  const locale = resolveLanguage({
    preference: user?.preferences.language,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
  });
  // Server renders in UTC (the reader's zone is unknown); LocalTime switches to local time in the browser.
  return { locale, messages: loadMessages(locale), timeZone: "UTC" };
});
