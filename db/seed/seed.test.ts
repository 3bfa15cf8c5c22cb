import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { auditLog, questions } from "@/db/schema";
import { SEED_QUESTIONS, type SeedQuestion } from "./questions";
import { seedQuestions } from "./seed-questions";

const url = process.env.DATABASE_URL!;
const { sql: client, db } = createDb(url, { max: 4 });

afterAll(() => client.end({ timeout: 5 }));

async function tableCounts() {
  const rows = await db.execute<{ table_name: string; rows: number }>(sql`
    select relname as table_name, (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I', relname), false, true, '')))[1]::text::int as rows
    from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace order by relname`);
  return Object.fromEntries(rows.map((row) => [row.table_name, row.rows]));
}

describe("migrations and seed", () => {
  it("run twice (even in parallel) leave identical counts", async () => {
    await Promise.all([runMigrations(url), runMigrations(url)]);
    await runSeed(db);
    const before = await tableCounts();
    await runMigrations(url);
    const second = await runSeed(db);
    expect(second.questions).toEqual({ inserted: 0, updated: 0, unchanged: SEED_QUESTIONS.length });
    expect(await tableCounts()).toEqual(before);
    expect(before.questions).toBeGreaterThanOrEqual(120);
  });

  it("updates an edited seed question in place, keyed by its slug", async () => {
    const original = SEED_QUESTIONS[0]!;
    const [row] = await db.select().from(questions).where(eq(questions.slug, original.slug));
    const edited = { ...original, text: `${original.text} (edited)`, tags: [...original.tags, "edited"] };
    const result = await seedQuestions(db, [edited]);
    expect(result).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const [after] = await db.select().from(questions).where(eq(questions.slug, original.slug));
    expect(after?.id).toBe(row?.id);
    expect(after?.text).toBe(edited.text);
    expect(after?.tags).toContain("edited");
    // Put it back so other tests see the real bank.
    expect(await seedQuestions(db, [original])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
  });

  it("covers every track and level", async () => {
    const rows = await db
      .select({ track: questions.track, level: questions.level, count: sql<number>`count(*)::int` })
      .from(questions)
      .groupBy(questions.track, questions.level);
    expect(rows).toHaveLength(16);
    for (const row of rows) expect(row.count).toBeGreaterThanOrEqual(6);
  });

  it("gives existing installs the bank's follow-ups on the next start, without undoing an admin's choice", async () => {
    const [seeded, edited, cleared] = SEED_QUESTIONS.slice(1, 4) as [SeedQuestion, SeedQuestion, SeedQuestion];
    // An install from before follow-ups: the migration left every row with an empty list.
    await db.update(questions).set({ followUps: [] }).where(inArray(questions.slug, [seeded.slug, edited.slug, cleared.slug]));
    // Two of them were edited by an admin; on the third the admin deliberately removed the follow-ups.
    await db.update(questions).set({ source: "admin", text: sql`${questions.text} || ' (admin)'` }).where(inArray(questions.slug, [edited.slug, cleared.slug]));
    const [clearedRow] = await db.select().from(questions).where(eq(questions.slug, cleared.slug));
    await db.insert(auditLog).values({ actorEmail: "admin@example.com", action: "question.update", targetType: "question", targetId: clearedRow!.id, after: { followUps: [] } });

    const result = await seedQuestions(db, [seeded, edited, cleared]);
    expect(result).toEqual({ inserted: 0, updated: 2, unchanged: 1 });
    const rows = await db.select().from(questions).where(inArray(questions.slug, [seeded.slug, edited.slug, cleared.slug]));
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    expect(bySlug.get(seeded.slug)?.followUps).toEqual(seeded.followUps);
    expect(bySlug.get(edited.slug)?.followUps).toEqual(edited.followUps);
    expect(bySlug.get(edited.slug)?.text).toBe(`${edited.text} (admin)`);
    expect(bySlug.get(cleared.slug)?.followUps).toEqual([]);
    expect(await seedQuestions(db, [seeded, edited, cleared])).toEqual({ inserted: 0, updated: 0, unchanged: 3 });

    // Put them back so other tests see the real bank.
    await db.update(questions).set({ source: "seed" }).where(inArray(questions.slug, [edited.slug, cleared.slug]));
    await seedQuestions(db, [edited, cleared]);
  });

  it("stores every coding question's runnable spec; an install from before specs gets them, an admin's choice stays", async () => {
    const coding = SEED_QUESTIONS.filter((q) => q.track === "coding");
    const rows = await db.select({ slug: questions.slug, coding: questions.coding }).from(questions).where(inArray(questions.slug, coding.map((q) => q.slug)));
    expect(rows).toHaveLength(coding.length);
    for (const row of rows) expect(row.coding?.hiddenTests.length, row.slug).toBeGreaterThan(0);
    const [seeded, edited, cleared] = coding.slice(0, 3) as [SeedQuestion, SeedQuestion, SeedQuestion];
    // An install from before specs: the migration left the column null.
    await db.update(questions).set({ coding: null }).where(inArray(questions.slug, [seeded.slug, edited.slug, cleared.slug]));
    await db.update(questions).set({ source: "admin" }).where(inArray(questions.slug, [edited.slug, cleared.slug]));
    const [clearedRow] = await db.select({ id: questions.id }).from(questions).where(eq(questions.slug, cleared.slug));
    await db.insert(auditLog).values({ actorEmail: "admin@example.com", action: "question.update", targetType: "question", targetId: clearedRow!.id, after: { coding: null } });
    await runSeed(db);
    const after = await db.select({ slug: questions.slug, coding: questions.coding }).from(questions).where(inArray(questions.slug, [seeded.slug, edited.slug, cleared.slug]));
    const bySlug = new Map(after.map((row) => [row.slug, row.coding]));
    expect(bySlug.get(seeded.slug)).toEqual(seeded.coding);
    expect(bySlug.get(edited.slug)).toEqual(edited.coding);
    expect(bySlug.get(cleared.slug)).toBeNull();
    // Put them back so other tests see the real bank.
    await db.update(questions).set({ source: "seed" }).where(inArray(questions.slug, [edited.slug, cleared.slug]));
    await seedQuestions(db, [edited, cleared]);
  });

  it("gives existing installs the bank's sample answers with fenced, indented code, unless an admin rewrote them", async () => {
    const fence = /^```[\w-]*\n|\n```$/gm;
    const [seeded, edited, rewritten] = SEED_QUESTIONS.filter((q) => q.sampleAnswer.includes("```")).slice(0, 3) as [SeedQuestion, SeedQuestion, SeedQuestion];
    // An install from before the fix: the code sat in the text unfenced.
    for (const q of [seeded, edited, rewritten]) {
      await db.update(questions).set({ sampleAnswer: q.sampleAnswer.replace(fence, "") }).where(eq(questions.slug, q.slug));
    }
    await db.update(questions).set({ source: "admin" }).where(inArray(questions.slug, [edited.slug, rewritten.slug]));
    const own = `${rewritten.sampleAnswer.replace(fence, "")}\n\nAdmin's note.`;
    await db.update(questions).set({ sampleAnswer: own }).where(eq(questions.slug, rewritten.slug));

    expect(await seedQuestions(db, [seeded, edited, rewritten])).toEqual({ inserted: 0, updated: 2, unchanged: 1 });
    const rows = await db.select({ slug: questions.slug, sampleAnswer: questions.sampleAnswer }).from(questions).where(inArray(questions.slug, [seeded.slug, edited.slug, rewritten.slug]));
    const bySlug = new Map(rows.map((row) => [row.slug, row.sampleAnswer]));
    expect(bySlug.get(seeded.slug)).toBe(seeded.sampleAnswer);
    expect(bySlug.get(edited.slug)).toBe(edited.sampleAnswer);
    expect(bySlug.get(rewritten.slug)).toBe(own);
    expect(await seedQuestions(db, [seeded, edited, rewritten])).toEqual({ inserted: 0, updated: 0, unchanged: 3 });

    // Put them back so other tests see the real bank.
    await db.update(questions).set({ source: "seed" }).where(inArray(questions.slug, [edited.slug, rewritten.slug]));
    await seedQuestions(db, [edited, rewritten]);
  });
});
