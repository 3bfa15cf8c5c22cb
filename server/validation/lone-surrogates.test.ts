/**
 * Half of a UTF-16 surrogate pair ("\ud800" in JSON) found in a hostile pass over the REST API: every
 * string input took it and stored U+FFFD instead, so a name, a job title, an answer or a password
 * was changed without a word. Now the one string schema refuses it with a 400 naming the field.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, jobTargets, users } from "@/db/schema";
import { LONE_SURROGATE_MESSAGE, zSafeLine, zSafeText } from "@/server/contracts/safe-string";
import { failure } from "@/test/helpers/app-error";
import { callerFor, uniqueEmail, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

/** The fields a VALIDATION_ERROR names. */
async function refusedFields(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await failure(promise);
  expect(error.code).toBe("VALIDATION_ERROR");
  return (error.details?.fields ?? {}) as Record<string, string>;
}

describe("lone surrogates", () => {
  it("are refused in lines and text, with their own message; pairs (emoji, rare CJK) are kept", () => {
    for (const bad of ["\ud800", "a\udfffb", "\udc00\ud800", "emoji cut in half \ud83c"]) {
      expect(zSafeLine().safeParse(bad).error?.issues[0]?.message, JSON.stringify(bad)).toBe(LONE_SURROGATE_MESSAGE);
      expect(zSafeText().safeParse(`line\n${bad}`).error?.issues[0]?.message, JSON.stringify(bad)).toBe(LONE_SURROGATE_MESSAGE);
    }
    for (const good of ["emoji 🎯", "𠀋 rare CJK", "Zoë\n李雷"]) expect(zSafeText().safeParse(good).success, good).toBe(true);
  });

  it("a profile name, a job target and an answer are refused naming the field, and nothing is stored", async () => {
    const { caller, user } = await verifiedTestUser(db, "lone-surrogate");
    expect(await refusedFields(caller.me.update({ name: "Ada \ud800" }))).toEqual({ name: LONE_SURROGATE_MESSAGE });
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, user.id));
    expect(row?.name).toBe(user.name);

    const description = "We need a backend engineer who knows PostgreSQL, APIs, distributed systems, caching and queues.";
    expect(await refusedFields(caller.jobTargets.create({ title: "Engineer", company: "Acme \udc00", level: "mid", description }))).toHaveProperty("company");
    expect(await db.select().from(jobTargets).where(eq(jobTargets.userId, user.id))).toHaveLength(0);

    const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    const questionId = interview.questions[0]!.questionId;
    expect(await refusedFields(caller.interviews.submitAnswer({ id: interview.id, questionId, answer: "I listened \ud800 and we agreed on a plan." }))).toHaveProperty("answer");
    expect(await db.select().from(answers).where(eq(answers.interviewId, interview.id))).toHaveLength(0);
  });

  it("a password with one is refused at sign-up instead of being stored as U+FFFD", async () => {
    const { caller } = callerFor(db);
    const email = uniqueEmail("lone-surrogate-password");
    expect(await refusedFields(caller.auth.register({ email, password: "a long unusual \ud800 passphrase", name: "Zed" }))).toHaveProperty("password");
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });
});
