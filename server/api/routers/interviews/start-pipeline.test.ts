/**
 * The start's statements are pipelined (docs/performance.md, eighth session): these pin the order
 * they reach PostgreSQL in, which is what keeps them correct. The quota's count must come after its
 * lock (a count sent first would miss a start committed while waiting for the lock); the new
 * interview's read back must come after the insert and before the commit (it replaces the read after
 * the commit, on another connection).
 */
import { randomUUID } from "node:crypto";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/db";
import * as schema from "@/db/schema";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { asSessionUser, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const sent: string[] = [];
const client = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {}, debug: (_connection, query) => void sent.push(query.replace(/\s+/g, " ").trim()) });
afterAll(() => client.end({ timeout: 5 }));
const watched = drizzle(client, { schema, casing: "snake_case" }) as unknown as TDatabase;
const db = connectTestDb();

const indexOf = (list: string[], pattern: RegExp) => list.findIndex((query) => pattern.test(query));

describe("starting an interview, pipelined", () => {
  it("sends the quota's count after its lock, and reads the new interview back after the insert, before the commit", async () => {
    const { user } = await verifiedTestUser(db, "start-pipeline");
    const caller = createCaller(createContextInner({ requestId: randomUUID(), db: watched, user: asSessionUser(user), headers: new Headers({ "Idempotency-Key": randomUUID() }) }));
    const before = sent.length;
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 2 });
    const queries = sent.slice(before);
    const lock = indexOf(queries, /pg_advisory_xact_lock/);
    const count = indexOf(queries, /^select count\(\*\) filter/);
    const insert = indexOf(queries, /^with new_interview as \(insert into "interviews"/);
    const readBack = indexOf(queries, /^select "interviews"\."id", .* from "interviews" inner join "interview_questions"/);
    const commit = indexOf(queries, /^commit$/);
    expect(lock).toBeGreaterThan(-1);
    expect(count).toBeGreaterThan(lock);
    expect(readBack).toBeGreaterThan(insert);
    expect(commit).toBeGreaterThan(readBack);
    // Nothing read after the commit: the answer is the read back.
    expect(queries.slice(commit + 1)).toEqual([]);

    // And it is what a fresh read says.
    const fresh = await createCaller(createContextInner({ requestId: randomUUID(), db, user: asSessionUser(user) })).interviews.get({ id: interview.id });
    expect(interview).toEqual(fresh.interview);
    expect(interview.questions).toHaveLength(2);
  });

  it("picks with focus tags and fills up from the rest of the track without repeating a question", async () => {
    const { caller } = await verifiedTestUser(db, "start-pick");
    const { interview } = await caller.interviews.create({ track: "software_engineering", level: "mid", questionCount: 5, focusTags: ["no-such-tag", "databases"] });
    const ids = interview.questions.map((question) => question.questionId);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    // The next one prefers questions this candidate has not seen.
    const next = await caller.interviews.create({ track: "software_engineering", level: "mid", questionCount: 3 });
    expect(next.interview.questions.map((question) => question.questionId).filter((id) => ids.includes(id))).toEqual([]);
  });
});
