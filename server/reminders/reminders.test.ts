import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxEmails, questions, reminderDeliveries, users } from "@/db/schema";
import { insertPracticeHistory } from "@/db/seed/practice-history";
import { SEED_TRANSLATIONS } from "@/db/seed/questions/translations";
import { verifiedTestUser } from "@/test/helpers/caller";
import { failureShape } from "@/test/helpers/app-error";
import { connectTestDb } from "@/test/helpers/db";
import { selectDueReminders } from "./due-reminders";
import { sendDueReminders, sendReminder } from "./send-reminders";
import { unsubscribe } from "./unsubscribe";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const db = connectTestDb();


/** A verified candidate with reminders on in `timeZone` (null: none saved, so UTC). */
async function candidate(label: string, timeZone: string | null, prefs: { reviewReminders?: boolean; weeklySummary?: boolean } = {}) {
  const made = await verifiedTestUser(db, label);
  await db
    .update(users)
    .set({ timeZone, reviewReminders: prefs.reviewReminders ?? true, weeklySummary: prefs.weeklySummary ?? true })
    .where(eq(users.id, made.user.id));
  return made;
}

async function dueIds(kind: "review_due" | "weekly_summary", now: Date, among: string[]) {
  const due = await selectDueReminders(db, kind, now, 10_000);
  return due.filter((row) => among.includes(row.userId));
}

describe("reminder preferences (me.update)", () => {
  it("are off by default, saved with the browser's time zone, and returned by me.get", async () => {
    const { caller } = await verifiedTestUser(db, "prefs");
    expect((await caller.me.get()).user.preferences).toMatchObject({ reviewReminders: false, weeklySummary: false, timeZone: null });
    const updated = await caller.me.update({ preferences: { reviewReminders: true, weeklySummary: true, timeZone: "Asia/Kolkata" } });
    expect(updated.user.preferences).toMatchObject({ reviewReminders: true, weeklySummary: true, timeZone: "Asia/Kolkata" });
    await caller.me.update({ preferences: { weeklySummary: false } });
    expect((await caller.me.get()).user.preferences).toMatchObject({ reviewReminders: true, weeklySummary: false, timeZone: "Asia/Kolkata" });
  });

  it("refuses a time zone PostgreSQL does not know, or one that is not a zone name, naming the field", async () => {
    const { caller } = await verifiedTestUser(db, "bad-zone");
    const unknown = await failureShape(caller.me.update({ preferences: { timeZone: "Mars/Olympus_Mons" } }));
    expect(unknown.code).toBe("VALIDATION_ERROR");
    expect(unknown.message).toContain("Mars/Olympus_Mons");
    expect((await failureShape(caller.me.update({ preferences: { timeZone: "'; drop table users; --" } }))).code).toBe("VALIDATION_ERROR");
    expect((await caller.me.get()).user.preferences.timeZone).toBeNull();
  });
});

describe("selectDueReminders", () => {
  it("picks candidates whose local clock is between 08:00 and noon, by their own time zone", async () => {
    const tokyo = await candidate("tokyo", "Asia/Tokyo");
    const newYork = await candidate("new-york", "America/New_York");
    const kolkata = await candidate("kolkata", "Asia/Kolkata");
    const utc = await candidate("utc", null);
    const ids = [tokyo, newYork, kolkata, utc].map((made) => made.user.id);
    const names = (rows: Awaited<ReturnType<typeof dueIds>>) =>
      rows.map((row) => ({ [tokyo.user.id]: "tokyo", [newYork.user.id]: "new-york", [kolkata.user.id]: "kolkata", [utc.user.id]: "utc" })[row.userId]).sort();

    // 23:30 UTC Monday = 08:30 Tuesday in Tokyo, 18:30 in New York, 05:00 in Kolkata.
    const tokyoMorning = await dueIds("review_due", new Date("2026-03-02T23:30:00Z"), ids);
    expect(names(tokyoMorning)).toEqual(["tokyo"]);
    expect(tokyoMorning[0]?.localDay).toBe("2026-03-03");
    // 03:10 UTC = 08:40 in Kolkata (UTC+5:30), 12:10 in Tokyo (past the window).
    expect(names(await dueIds("review_due", new Date("2026-03-03T03:10:00Z"), ids))).toEqual(["kolkata"]);
    // 13:05 UTC = 08:05 in New York (EST), 22:05 in Tokyo; UTC 13:05 is past the window.
    expect(names(await dueIds("review_due", new Date("2026-03-02T13:05:00Z"), ids))).toEqual(["new-york"]);
    // No saved zone means UTC.
    expect(names(await dueIds("review_due", new Date("2026-03-03T08:00:00Z"), ids))).toEqual(["utc"]);
    // 07:59 is too early, and noon too late.
    expect(await dueIds("review_due", new Date("2026-03-03T07:59:00Z"), [utc.user.id])).toEqual([]);
    expect(await dueIds("review_due", new Date("2026-03-03T12:00:00Z"), [utc.user.id])).toEqual([]);
  });

  it("sends the weekly summary on the candidate's local Monday only", async () => {
    const utc = await candidate("weekly-utc", "UTC");
    const auckland = await candidate("weekly-auckland", "Pacific/Auckland");
    const ids = [utc.user.id, auckland.user.id];
    // Monday 08:30 UTC is Monday 21:30 in Auckland (NZDT).
    expect((await dueIds("weekly_summary", new Date("2026-03-02T08:30:00Z"), ids)).map((row) => row.userId)).toEqual([utc.user.id]);
    // Sunday 19:30 UTC is Monday 08:30 in Auckland.
    expect((await dueIds("weekly_summary", new Date("2026-03-01T19:30:00Z"), ids)).map((row) => row.userId)).toEqual([auckland.user.id]);
    // Tuesday morning: nobody.
    expect(await dueIds("weekly_summary", new Date("2026-03-03T08:30:00Z"), ids)).toEqual([]);
  });

  it("leaves out candidates who did not opt in, are suspended or unverified", async () => {
    const off = await candidate("opted-out", "UTC", { reviewReminders: false, weeklySummary: false });
    const suspended = await candidate("suspended", "UTC");
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, suspended.user.id));
    const unverified = await candidate("unverified", "UTC");
    await db.update(users).set({ emailVerified: null }).where(eq(users.id, unverified.user.id));
    const ids = [off.user.id, suspended.user.id, unverified.user.id];
    expect(await dueIds("review_due", new Date("2026-03-02T08:30:00Z"), ids)).toEqual([]);
    expect(await dueIds("weekly_summary", new Date("2026-03-02T08:30:00Z"), ids)).toEqual([]);
  });
});

describe("sendDueReminders", () => {
  const monday = new Date("2026-03-09T08:20:00Z");

  it("sends one weekly summary per candidate and day, with one-click unsubscribe headers, however often it runs", async () => {
    const { user, email } = await candidate("summary", "UTC", { reviewReminders: false });
    await sendDueReminders(db, monday);
    await sendDueReminders(db, new Date(monday.getTime() + 15 * 60_000));
    const sent = await db.select().from(outboxEmails).where(and(eq(outboxEmails.to, email), eq(outboxEmails.subject, "Your week on Rehearse")));
    expect(sent).toHaveLength(1);
    const headers = sent[0]!.headers!;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3999\/api\/unsubscribe\?token=[^>]+>$/);
    expect(sent[0]!.text).toContain("http://localhost:3999/unsubscribe?token=");
    const [delivery] = await db.select().from(reminderDeliveries).where(eq(reminderDeliveries.userId, user.id));
    expect(delivery).toMatchObject({ kind: "weekly_summary", localDay: "2026-03-09", outboxId: sent[0]!.id });
  });

  it("lets only one of two overlapping runs claim a candidate's day", async () => {
    const { user, email } = await candidate("race", "UTC", { reviewReminders: false });
    const who = { userId: user.id, email, name: user.name, localDay: "2026-03-09" };
    const outcomes = await Promise.all([sendReminder(db, "weekly_summary", who, monday), sendReminder(db, "weekly_summary", who, monday)]);
    expect(outcomes.sort()).toEqual(["sent", "taken"]);
    expect(await db.select().from(outboxEmails).where(eq(outboxEmails.to, email))).toHaveLength(2); // verification + one summary
  });

  it("claims a day with no reviews due without sending anything, and sends again the next local day", async () => {
    const { user, email } = await candidate("nothing-due", "UTC", { weeklySummary: false });
    expect(await sendReminder(db, "review_due", { userId: user.id, email, name: user.name, localDay: "2026-03-10" }, monday)).toBe("empty");
    expect(await dueIds("review_due", new Date("2026-03-10T09:00:00Z"), [user.id])).toEqual([]);
    expect(await dueIds("review_due", new Date("2026-03-11T09:00:00Z"), [user.id])).toHaveLength(1);
    expect((await db.select().from(outboxEmails).where(eq(outboxEmails.to, email))).map((row) => row.subject)).not.toContainEqual(
      expect.stringMatching(/due today/),
    );
  });
});

describe("the review reminder in the candidate's language", () => {
  it("lists the questions due in Russian for a Russian candidate (#18)", async () => {
    const { user, email } = await candidate("review-ru", "UTC", { weeklySummary: false });
    const [question] = await db.select({ id: questions.id, slug: questions.slug }).from(questions).where(and(eq(questions.track, "behavioral"), eq(questions.active, true))).limit(1);
    const now = new Date("2026-03-10T09:00:00Z");
    const at = new Date(now.getTime() - 3 * 24 * 60 * 60 * 1000);
    await insertPracticeHistory(db, user.id, [{ track: "behavioral", level: "mid", startedAt: at, answers: [{ questionId: question!.id, at, scores: 4 }] }]);
    const who = { userId: user.id, email, name: user.name, language: "ru" as const, localDay: "2026-03-10" };
    expect(await sendReminder(db, "review_due", who, now)).toBe("sent");
    const sent = await db.select({ text: outboxEmails.text }).from(outboxEmails).where(eq(outboxEmails.to, email));
    expect(sent.map((row) => row.text).join("\n")).toContain(SEED_TRANSLATIONS.ru[question!.slug]!.text.slice(0, 60));
  });
});

describe("unsubscribe tokens", () => {
  const userId = "7b1c2f9e-3f4a-4a53-9f1e-2d1c0b6a9e11";

  it("round-trip, and fail when altered, re-pointed at another kind or signed with another secret", () => {
    const token = signUnsubscribeToken(userId, "review_due");
    expect(verifyUnsubscribeToken(token)).toEqual({ userId, kind: "review_due" });
    const [, , mac] = token.split(".");
    expect(verifyUnsubscribeToken(`${userId}.weekly_summary.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken(`${userId.replace("7b", "8b")}.review_due.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken(signUnsubscribeToken(userId, "review_due", "another-secret-0123456789abcdef0123456789"))).toBeNull();
    expect(verifyUnsubscribeToken("garbage")).toBeNull();
    expect(verifyUnsubscribeToken("")).toBeNull();
  });

  it("turn off only their own reminder, idempotently, and refuse a bad token with VALIDATION_ERROR", async () => {
    const { user } = await candidate("unsubscriber", "UTC");
    const token = signUnsubscribeToken(user.id, "weekly_summary");
    expect(await unsubscribe(db, token)).toEqual({ kind: "weekly_summary" });
    expect(await unsubscribe(db, token)).toEqual({ kind: "weekly_summary" });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after).toMatchObject({ weeklySummary: false, reviewReminders: true });
    expect((await failureShape(unsubscribe(db, `${token}x`))).code).toBe("VALIDATION_ERROR");
  });
});
