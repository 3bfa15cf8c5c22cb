import { index, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, momentColumn, ownedRowColumns, parentColumn } from "./columns";
import { EMAIL_TOKEN_PURPOSES } from "@/server/contracts/vocabulary/mail";

export const emailTokenPurposeEnum = pgEnum("email_token_purpose", EMAIL_TOKEN_PURPOSES);

/** Single-use links sent by email. Only a SHA-256 of the token is stored. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    ...ownedRowColumns(),
    purpose: emailTokenPurposeEnum().notNull(),
    tokenHash: text().notNull().unique(),
    /** The address being verified (a changed email is verified before it replaces the old one). */
    email: text().notNull(),
    /** Moved to now when a newer link voids this one. */
    expiresAt: momentColumn().notNull(),
    /** When the link was spent; only spending sets it, so a spent link opened again is recognised (server/auth/email-tokens.ts). */
    usedAt: momentColumn(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("email_tokens_user_idx").on(table.userId, table.purpose)],
);

/** A login on one device: every refresh token it ever held belongs to this family. */
export const tokenFamilies = pgTable(
  "token_families",
  {
    ...ownedRowColumns(),
    createdAt: createdAtColumn(),
    revokedAt: momentColumn(),
    revokedReason: text(),
  },
  (table) => [index("token_families_user_idx").on(table.userId)],
);

/** Refresh tokens, stored hashed; a rotated one keeps its row (usedAt) so its reuse can be detected. */
export const refreshTokens = pgTable(
  "refresh_tokens",
  {
    id: idColumn(),
    familyId: parentColumn(() => tokenFamilies.id),
    tokenHash: text().notNull().unique(),
    expiresAt: momentColumn().notNull(),
    usedAt: momentColumn(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("refresh_tokens_family_idx").on(table.familyId)],
);
