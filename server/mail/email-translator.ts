/**
 * The translator every email is written with: next-intl's createTranslator over the `email` catalog
 * of the recipient's language. Emails are rendered outside a request (jobs, webhooks), so they read
 * their own catalog instead of the request's messages, and format dates in UTC.
 */
import { createTranslator } from "next-intl";
import { DEFAULT_LANGUAGE, type TLanguage } from "@/server/contracts/vocabulary/languages";
import en from "@/server/i18n/messages/en/email.json";
import ko from "@/server/i18n/messages/ko/email.json";
import ru from "@/server/i18n/messages/ru/email.json";

/** English is the reference catalog: ru and ko have the same keys (the key-parity test checks). */
export type TEmailMessages = typeof en;

export const EMAIL_CATALOGS: Record<TLanguage, TEmailMessages> = { en, ru, ko };

/** `locale`: the recipient's saved language; null (never chosen) means English. */
export function emailTranslator(preferred?: TLanguage | null) {
  const locale = preferred ?? DEFAULT_LANGUAGE;
  return createTranslator({ locale, messages: { email: EMAIL_CATALOGS[locale] }, namespace: "email", timeZone: "UTC" });
}

export type TEmailTranslator = ReturnType<typeof emailTranslator>;
