/**
 * Unsubscribe links: "<user id>.<kind>.<HMAC>" signed with a key derived from AUTH_SECRET. They never
 * expire (an old email's link must keep working) and do nothing but turn one reminder off, so they
 * need no database row; a forged or altered token fails the signature check.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { ZReminderKindSchema, type TReminderKind } from "@/server/contracts/vocabulary/mail";
import { getEnv } from "@/server/env";

export const REMINDER_NAMES: Record<TReminderKind, string> = {
  review_due: "review reminders",
  weekly_summary: "the weekly summary",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(payload: string, secret: string): string {
  return createHmac("sha256", `unsubscribe:${secret}`).update(payload).digest("base64url");
}

function secretOrThrow(secret: string | undefined): string {
  const value = secret ?? getEnv().AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set; start Rehearse with `npm start` or set it.");
  return value;
}

export function signUnsubscribeToken(userId: string, kind: TReminderKind, secret?: string): string {
  const payload = `${userId}.${kind}`;
  return `${payload}.${signature(payload, secretOrThrow(secret))}`;
}

/** Whose reminder the token turns off, or null when it is malformed or its signature does not match. */
export function verifyUnsubscribeToken(token: string, secret?: string): { userId: string; kind: TReminderKind } | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, kindText, mac] = parts as [string, string, string];
  const kind = ZReminderKindSchema.safeParse(kindText);
  if (!UUID.test(userId) || !kind.success) return null;
  const expected = Buffer.from(signature(`${userId}.${kind.data}`, secretOrThrow(secret)));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind: kind.data };
}

/** The page a person opens (GET shows a button; nothing changes until they press it). */
export function unsubscribePageLink(token: string, appUrl: string = getEnv().APP_URL): string {
  return `${appUrl}/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" here, without a session. */
export function oneClickUnsubscribeUrl(token: string, appUrl: string = getEnv().APP_URL): string {
  return `${appUrl}/api/unsubscribe?token=${encodeURIComponent(token)}`;
}

export function unsubscribeHeaders(token: string, appUrl?: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(token, appUrl)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
