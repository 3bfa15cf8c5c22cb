/**
 * Refresh tokens for the REST API: stored hashed, rotated on every use. Each login starts a
 * family; reusing a token that was already rotated means it leaked, so the whole family is revoked
 * (the thief's and the owner's tokens alike), and the owner signs in again.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { refreshTokens, tokenFamilies, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from "./access-token";
import { generateToken, hashToken } from "./random-token";

export const REFRESH_TOKEN_TTL_DAYS = 30;

export interface TTokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: "Bearer";
  expiresIn: number;
}

type TExecutor = Pick<TDatabase, "insert" | "update" | "select">;

async function issueInFamily(db: TExecutor, userId: string, sessionVersion: number, familyId: string): Promise<TTokenPair> {
  const refreshToken = generateToken();
  await db.insert(refreshTokens).values({
    familyId,
    tokenHash: hashToken(refreshToken),
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000),
  });
  const accessToken = await signAccessToken({ userId, sessionVersion, familyId });
  return { accessToken, refreshToken, tokenType: "Bearer", expiresIn: ACCESS_TOKEN_TTL_SECONDS };
}

/** A new login: a new family with its first refresh token. */
export async function issueTokenPair(db: TDatabase, user: { id: string; sessionVersion: number }): Promise<TTokenPair> {
  return db.transaction(async (tx) => {
    const [family] = await tx.insert(tokenFamilies).values({ userId: user.id }).returning({ id: tokenFamilies.id });
    return issueInFamily(tx, user.id, user.sessionVersion, family!.id);
  });
}

const invalidRefresh = () => new AppError("UNAUTHORIZED", "The refresh token is invalid, expired or revoked. Sign in again.");

/** Rotates a refresh token: the old one is spent, a new pair comes back. */
export async function rotateRefreshToken(db: TDatabase, presented: string): Promise<TTokenPair> {
  const outcome = await db.transaction(async (tx) => {
    // Lock the row so two parallel refreshes with the same token cannot both succeed.
    const [row] = await tx
      .select({
        id: refreshTokens.id,
        familyId: refreshTokens.familyId,
        usedAt: refreshTokens.usedAt,
        expiresAt: refreshTokens.expiresAt,
        familyRevokedAt: tokenFamilies.revokedAt,
        userId: users.id,
        sessionVersion: users.sessionVersion,
        status: users.status,
      })
      .from(refreshTokens)
      .innerJoin(tokenFamilies, eq(tokenFamilies.id, refreshTokens.familyId))
      .innerJoin(users, eq(users.id, tokenFamilies.userId))
      .where(eq(refreshTokens.tokenHash, hashToken(presented)))
      .for("update", { of: refreshTokens });
    if (!row || row.familyRevokedAt || row.status !== "active") return { kind: "invalid" as const };
    if (row.usedAt) {
      await tx
        .update(tokenFamilies)
        .set({ revokedAt: sql`now()`, revokedReason: "refresh_token_reuse" })
        .where(and(eq(tokenFamilies.id, row.familyId), isNull(tokenFamilies.revokedAt)));
      return { kind: "reused" as const };
    }
    if (row.expiresAt.getTime() <= Date.now()) return { kind: "invalid" as const };
    await tx.update(refreshTokens).set({ usedAt: sql`now()` }).where(eq(refreshTokens.id, row.id));
    return { kind: "ok" as const, pair: await issueInFamily(tx, row.userId, row.sessionVersion, row.familyId) };
  });
  if (outcome.kind !== "ok") throw invalidRefresh();
  return outcome.pair;
}

/** Logout: the family of this refresh token ends; only its owner may end it. */
export async function revokeRefreshToken(db: TDatabase, presented: string, userId: string): Promise<void> {
  const [row] = await db
    .select({ familyId: refreshTokens.familyId, userId: tokenFamilies.userId })
    .from(refreshTokens)
    .innerJoin(tokenFamilies, eq(tokenFamilies.id, refreshTokens.familyId))
    .where(eq(refreshTokens.tokenHash, hashToken(presented)));
  if (!row || row.userId !== userId) throw invalidRefresh();
  await db
    .update(tokenFamilies)
    .set({ revokedAt: sql`now()`, revokedReason: "logout" })
    .where(and(eq(tokenFamilies.id, row.familyId), isNull(tokenFamilies.revokedAt)));
}

/** Every API login of a user ends (password change or reset, sign out everywhere, suspension). */
export async function revokeAllTokenFamilies(db: TExecutor, userId: string, reason: string): Promise<void> {
  await db
    .update(tokenFamilies)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(tokenFamilies.userId, userId), isNull(tokenFamilies.revokedAt)));
}
