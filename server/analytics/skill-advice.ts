/**
 * A weak skill's sentence of advice in the reader's language, read from the progress-advice catalog
 * on the server: the page and the REST answer carry the text, so the namespace never ships to the
 * browser. English fills in where a translation is missing (the loader's fallback).
 */
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";
import { FALLBACK_ADVICE_KEY } from "./skill-map";

/** The catalog's sentence under `key` ("<track>.<dimension>"); an unknown key gets the generic advice. */
export function adviceIn(language: TLanguage, key: string): string {
  const catalog = loadMessages(language)["progress-advice"];
  let node: unknown = catalog;
  for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : catalog[FALLBACK_ADVICE_KEY];
}
