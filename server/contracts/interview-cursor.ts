/**
 * The keyset cursor of the interview list: base64url of `startedAt ISO|interview id`. Decoded
 * strictly (both halves) so a crafted cursor is a 400 naming `cursor`, never a database error.
 */
import { z } from "zod";

const ZCursorPartsSchema = z.object({ startedAt: z.iso.datetime(), id: z.uuid() });
const BASE64URL = /^[A-Za-z0-9_-]+$/;

// atob/btoa rather than Buffer: the list's input schema (and so this file) is shared with the browser.
export function encodeInterviewCursor(row: { startedAt: Date; id: string }): string {
  return btoa(`${row.startedAt.toISOString()}|${row.id}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The cursor's position, or null when it is not one this server issued. */
export function decodeInterviewCursor(cursor: string): { startedAt: Date; id: string } | null {
  if (!BASE64URL.test(cursor) || cursor.length % 4 === 1) return null;
  const parts = atob(cursor.replace(/-/g, "+").replace(/_/g, "/")).split("|");
  if (parts.length !== 2) return null;
  const parsed = ZCursorPartsSchema.safeParse({ startedAt: parts[0], id: parts[1] });
  if (!parsed.success) return null;
  const startedAt = new Date(parsed.data.startedAt);
  return Number.isNaN(startedAt.getTime()) ? null : { startedAt, id: parsed.data.id };
}
