import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { idColumn, momentColumn, ownerColumn, timestampColumns } from "./columns";
import { ROLES, USER_STATUSES } from "@/server/contracts/vocabulary/roles";
import { languageEnum, levelEnum, trackEnum } from "./enums";

export const roleEnum = pgEnum("user_role", ROLES);
export const userStatusEnum = pgEnum("user_status", USER_STATUSES);

/** Column names follow Auth.js' adapter contract (id, name, email, emailVerified, image). */
export const users = pgTable(
  "users",
  {
    id: idColumn(),
    name: text().notNull().default(""),
    /** Always stored lower-cased and trimmed, so uniqueness is case-insensitive. */
    email: text().notNull(),
    emailVerified: momentColumn(),
    image: text(),
    /** argon2id PHC string; null for accounts that only sign in with OAuth. */
    passwordHash: text(),
    role: roleEnum().notNull().default("user"),
    status: userStatusEnum().notNull().default("active"),
    /** Bumped by a password change or reset and by "sign out everywhere": older sessions and tokens stop working. */
    sessionVersion: integer().notNull().default(0),
    /** The one browser session (its sid) allowed to carry over the last sessionVersion bump: the one that changed the password. */
    sessionKeeperSid: text(),
    gender: text(),
    age: smallint(),
    preferredTrack: trackEnum(),
    preferredLevel: levelEnum(),
    /**
     * When preferredTrack or preferredLevel last changed (null: never): the practice form starts from
     * them instead of the last interview's choice when they were saved after that interview started.
     */
    preferencesUpdatedAt: momentColumn(),
    emailNotifications: boolean().notNull().default(true),
    /** Opt-in: a morning email on days with spaced-repetition reviews due (server/reminders). */
    reviewReminders: boolean().notNull().default(false),
    /** Opt-in: a Monday-morning email summing up the last seven days. */
    weeklySummary: boolean().notNull().default(false),
    /** IANA time zone from the browser at the last settings save: reminders go out at 08:00 there (UTC when unknown). */
    timeZone: text(),
    /** Interface and email language; null follows the browser (Accept-Language, then English). */
    language: languageEnum(),
    isDemo: boolean().notNull().default(false),
    /** Last scored-answer submission: DAU/WAU/MAU count this instead of scanning every answer. */
    lastActiveAt: momentColumn(),
    ...timestampColumns(),
  },
  (table) => [
    uniqueIndex("users_email_unique").on(table.email),
    index("users_created_at_idx").on(table.createdAt),
    index("users_last_active_idx").on(table.lastActiveAt),
    check("users_email_lowercase", sql`${table.email} = lower(${table.email})`),
    check("users_age_range", sql`${table.age} is null or ${table.age} between 13 and 120`),
  ],
);

/** OAuth accounts linked to a user (Auth.js adapter table). */
export const accounts = pgTable(
  "accounts",
  {
    userId: ownerColumn(),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] }), index("accounts_user_idx").on(table.userId)],
);

export type TUserRow = typeof users.$inferSelect;
