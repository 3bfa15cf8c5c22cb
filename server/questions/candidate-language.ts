/**
 * The language a candidate reads the question bank in. An explicit choice (REST `?lang=`, the
 * interview's own language) wins; then the page's order (server/i18n/locale.ts): the saved
 * preference, the switcher's cookie, Accept-Language, English (the REST contract, api-v1.md).
 */
import { eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { users } from "@/db/schema";
import { languageFromHeaders } from "@/server/i18n/locale";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

interface TLanguageRequest {
  db: TDbOrTx;
  user: { id: string } | null;
  headers: Headers;
}

async function savedLanguage(db: TDbOrTx, userId: string): Promise<TLanguage | null> {
  const [row] = await db.select({ language: users.language }).from(users).where(eq(users.id, userId));
  return row?.language ?? null;
}

export async function candidateLanguage(request: TLanguageRequest, explicit?: TLanguage | null): Promise<TLanguage> {
  if (explicit) return explicit;
  const preference = request.user ? await savedLanguage(request.db, request.user.id) : null;
  return languageWithPreference(request.headers, preference);
}

/** The same order when the caller has read the saved preference already (no read of its own). */
export function languageWithPreference(headers: Headers, preference: TLanguage | null): TLanguage {
  return languageFromHeaders(headers, preference);
}
