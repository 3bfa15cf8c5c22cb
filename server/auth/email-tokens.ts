/**
 * Single-use email links (verify email: 24 h; reset password: 1 h). 256 random bits; only the
 * hash is stored; consuming is one atomic UPDATE, so a link works once even when clicked twice at once.
 * usedAt marks a link that was spent, and only that (a newer link voids older ones by expiring them),
 * so a spent link opened again within its lifetime can be told apart from a voided or unknown one.
 */
import { and, eq, gt, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { emailTokens } from "@/db/schema";
import { generateToken, hashToken } from "./tokens/random-token";

export const EMAIL_TOKEN_TTL_MS = {
  verify_email: 24 * 3600 * 1000,
  reset_password: 3600 * 1000,
} as const;

export type TEmailTokenPurpose = keyof typeof EMAIL_TOKEN_TTL_MS;

type TExecutor = Pick<TDatabase, "insert" | "update">;

/** A token that can still be spent: this hash, this purpose, unused, unexpired. */
function spendable(token: string, purpose: TEmailTokenPurpose): SQL | undefined {
  return and(
    eq(emailTokens.tokenHash, hashToken(token)),
    eq(emailTokens.purpose, purpose),
    isNull(emailTokens.usedAt),
    gt(emailTokens.expiresAt, sql`now()`),
  );
}

export async function createEmailToken(
  db: TExecutor,
  input: { userId: string; purpose: TEmailTokenPurpose; email: string },
): Promise<string> {
  const token = generateToken();
  await db.insert(emailTokens).values({
    userId: input.userId,
    purpose: input.purpose,
    email: input.email,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + EMAIL_TOKEN_TTL_MS[input.purpose]),
  });
  return token;
}

/** Spends the token; returns whose it was and for which address, or null when unknown, used or expired. */
export async function consumeEmailToken(
  db: TExecutor,
  input: { token: string; purpose: TEmailTokenPurpose },
): Promise<{ userId: string; email: string } | null> {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(spendable(input.token, input.purpose))
    .returning({ userId: emailTokens.userId, email: emailTokens.email });
  return row ?? null;
}

/**
 * Whose the token is, without spending it: lets a caller refuse a bogus link before doing costly
 * work. Only consumeEmailToken decides whether the link is used, so a race still lets one use win.
 */
export async function peekEmailToken(
  db: Pick<TDatabase, "select">,
  input: { token: string; purpose: TEmailTokenPurpose },
): Promise<{ userId: string; email: string } | null> {
  return tokenOwner(db, spendable(input.token, input.purpose));
}

/** Whose the first token matching `where` is, and for which address. */
async function tokenOwner(db: Pick<TDatabase, "select">, where: SQL | undefined): Promise<{ userId: string; email: string } | null> {
  const [row] = await db.select({ userId: emailTokens.userId, email: emailTokens.email }).from(emailTokens).where(where).limit(1);
  return row ?? null;
}

/**
 * Whose address a spent token verified or reset, while it would still be within its lifetime; null for
 * one unknown, unspent, voided or past its expiry (those stay indistinguishable). Lets a link opened a
 * second time say what happened the first time instead of that it never worked.
 */
export async function findSpentEmailToken(
  db: Pick<TDatabase, "select">,
  input: { token: string; purpose: TEmailTokenPurpose },
): Promise<{ userId: string; email: string } | null> {
  return tokenOwner(
    db,
    and(eq(emailTokens.tokenHash, hashToken(input.token)), eq(emailTokens.purpose, input.purpose), isNotNull(emailTokens.usedAt), gt(emailTokens.expiresAt, sql`now()`)),
  );
}

/**
 * A new link makes older unused ones useless: they expire now rather than count as used, because
 * usedAt means the link did its job (findSpentEmailToken).
 */
export async function expireUnusedTokens(db: TExecutor, userId: string, purpose: TEmailTokenPurpose): Promise<void> {
  await db
    .update(emailTokens)
    .set({ expiresAt: sql`now()` })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, sql`now()`)));
}
