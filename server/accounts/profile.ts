import { eq, or, sql, type SQL } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users, type TUserRow } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { TUpdateProfileInput } from "./schemas";

export async function getUser(db: TDatabase, userId: string): Promise<TUserRow> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  return user;
}

export async function updateProfile(db: TDatabase, userId: string, input: TUpdateProfileInput): Promise<TUserRow> {
  const changes: Partial<typeof users.$inferInsert> = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.gender !== undefined) changes.gender = input.gender || null;
  if (input.age !== undefined) changes.age = input.age;
  if (input.preferences?.track !== undefined) changes.preferredTrack = input.preferences.track;
  if (input.preferences?.level !== undefined) changes.preferredLevel = input.preferences.level;
  if (input.preferences?.emailNotifications !== undefined) changes.emailNotifications = input.preferences.emailNotifications;
  if (input.preferences?.reviewReminders !== undefined) changes.reviewReminders = input.preferences.reviewReminders;
  if (input.preferences?.weeklySummary !== undefined) changes.weeklySummary = input.preferences.weeklySummary;
  if (input.preferences?.language !== undefined) changes.language = input.preferences.language;
  if (input.preferences?.timeZone !== undefined) {
    const zone = input.preferences.timeZone;
    // The reminder job converts times in SQL, so the zone must be one PostgreSQL knows.
    if (zone !== null && !(await knownTimeZone(db, zone))) {
      throw new AppError("VALIDATION_ERROR", `Unknown time zone "${zone}".`, { fields: { "preferences.timeZone": "unknown time zone" } }).withText("server.timeZoneUnknown", { zone });
    }
    changes.timeZone = zone;
  }
  if (Object.keys(changes).length === 0) return getUser(db, userId);
  const [user] = await db
    .update(users)
    .set({ ...changes, preferencesUpdatedAt: preferencesUpdatedAt(changes), updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning();
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  return user;
}

/**
 * Now when the track or level takes a new value, else unchanged: the settings form sends both with
 * every save, and saving a name must not make an old preference beat the last interview's choice
 * (app/(app)/practice/default-choice.ts). Compared in the UPDATE itself, against the row it replaces.
 */
function preferencesUpdatedAt(changes: Partial<typeof users.$inferInsert>): SQL | undefined {
  const changed: SQL[] = [];
  if (changes.preferredTrack !== undefined) changed.push(sql`${users.preferredTrack} is distinct from ${changes.preferredTrack}`);
  if (changes.preferredLevel !== undefined) changed.push(sql`${users.preferredLevel} is distinct from ${changes.preferredLevel}`);
  if (changed.length === 0) return undefined;
  return sql`case when ${or(...changed)} then now() else ${users.preferencesUpdatedAt} end`;
}

async function knownTimeZone(db: TDatabase, zone: string): Promise<boolean> {
  const rows = await db.execute<{ ok: number }>(sql`select 1 as ok from pg_timezone_names where name = ${zone} limit 1`);
  return rows.length > 0;
}
