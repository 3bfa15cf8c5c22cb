/**
 * Which candidates get a reminder now: opted in, active, verified, and it is between 08:00 and noon
 * on their local clock (their saved time zone, UTC when unknown) with no reminder of this kind
 * handled for that local day yet. The window, not the exact minute, lets a tick missed by a restart
 * still send that morning, and never at night. The weekly summary goes out on local Mondays.
 */
import { sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import type { TReminderKind } from "@/server/contracts/vocabulary/mail";

export const REMINDER_HOUR = 8;
/** Hours after REMINDER_HOUR that a late tick may still send. */
export const REMINDER_WINDOW_HOURS = 4;
/** ISO weekday (1 = Monday) of the weekly summary. */
export const WEEKLY_SUMMARY_ISODOW = 1;

export interface TDueReminder {
  userId: string;
  email: string;
  name: string;
  /** The email's language (users.language; null or absent: English). */
  language?: TLanguage | null;
  /** The candidate's local day, "YYYY-MM-DD". */
  localDay: string;
}

const OPT_IN_COLUMN: Record<TReminderKind, string> = { review_due: "review_reminders", weekly_summary: "weekly_summary" };

export async function selectDueReminders(db: TDbOrTx, kind: TReminderKind, now: Date, limit = 200): Promise<TDueReminder[]> {
  const optIn = sql.raw(`u.${OPT_IN_COLUMN[kind]}`);
  const weekday = kind === "weekly_summary" ? sql`and extract(isodow from c.local_now) = ${WEEKLY_SUMMARY_ISODOW}` : sql``;
  const rows = await db.execute<{ user_id: string; email: string; name: string; language: TLanguage | null; local_day: string }>(sql`
    with c as (
      select u.id, u.email, u.name, u.language, (${now.toISOString()}::timestamptz at time zone coalesce(u.time_zone, 'UTC')) as local_now
      from users u
      where ${optIn} and u.status = 'active' and u.email_verified is not null and not u.is_demo
    )
    select c.id as user_id, c.email, c.name, c.language, to_char(c.local_now, 'YYYY-MM-DD') as local_day
    from c
    where extract(hour from c.local_now) >= ${REMINDER_HOUR}
      and extract(hour from c.local_now) < ${REMINDER_HOUR + REMINDER_WINDOW_HOURS}
      ${weekday}
      and not exists (
        select 1 from reminder_deliveries d
        where d.user_id = c.id and d.kind = ${kind} and d.local_day = c.local_now::date
      )
    order by c.id
    limit ${limit}
  `);
  return rows.map((row) => ({ userId: row.user_id, email: row.email, name: row.name, language: row.language, localDay: row.local_day }));
}
