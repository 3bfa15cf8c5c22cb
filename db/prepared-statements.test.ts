import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type TDatabase } from "@/db";
import { questions } from "@/db/schema";
import { MAX_PREPARED_PARAMETERS } from "./prepared-statements";

const handles: Array<ReturnType<typeof createDb>> = [];
afterAll(async () => {
  await Promise.all(handles.map((handle) => handle.sql.end({ timeout: 5 })));
});

/** One connection, so every query runs where pg_prepared_statements is read. */
function oneConnection(options: { preparedStatements?: boolean } = {}): TDatabase {
  const handle = createDb(process.env.DATABASE_URL!, { max: 1, acquireTimeoutMs: 4000, ...options });
  handles.push(handle);
  return handle.db;
}

async function preparedTexts(db: TDatabase): Promise<string[]> {
  const rows = await db.execute<{ statement: string }>(sql`select statement from pg_prepared_statements`);
  return rows.map((row) => row.statement);
}

describe("named prepared statements for Drizzle's queries", () => {
  it("prepares a query with parameters once per connection, outside and inside transactions, with the same results", async () => {
    const db = oneConnection();
    const [first] = await db.select({ id: questions.id }).from(questions).limit(1);
    expect(first).toBeDefined();
    const again = await db.select({ id: questions.id, text: questions.text }).from(questions).where(eq(questions.id, first!.id));
    expect(again.map((row) => row.id)).toEqual([first!.id]);
    await db.select({ id: questions.id, text: questions.text }).from(questions).where(eq(questions.id, first!.id));
    const statements = (await preparedTexts(db)).filter((text) => text.includes('"text" from "questions" where "questions"."id" = $1'));
    expect(statements).toHaveLength(1);

    const inTransaction = await db.transaction(async (tx) => {
      const rows = await tx.select({ track: questions.track }).from(questions).where(eq(questions.id, first!.id));
      const nested = await tx.transaction(async (savepoint) => savepoint.select({ level: questions.level }).from(questions).where(eq(questions.id, first!.id)));
      return { rows, nested };
    });
    expect(inTransaction.rows).toHaveLength(1);
    expect(inTransaction.nested).toHaveLength(1);
    const texts = await preparedTexts(db);
    expect(texts.some((text) => text.startsWith('select "track" from "questions"'))).toBe(true);
    expect(texts.some((text) => text.startsWith('select "level" from "questions"'))).toBe(true);
  });

  it("leaves queries without parameters and long parameter lists unnamed, and everything when turned off", async () => {
    const db = oneConnection();
    await db.execute(sql`select 'no-parameters-here' as marker`);
    const many = Array.from({ length: MAX_PREPARED_PARAMETERS + 1 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`);
    expect(await db.select({ id: questions.id }).from(questions).where(inArray(questions.id, many))).toEqual([]);
    const texts = await preparedTexts(db);
    expect(texts.some((text) => text.includes("no-parameters-here"))).toBe(false);
    expect(texts.some((text) => text.includes(`$${MAX_PREPARED_PARAMETERS + 1}`))).toBe(false);

    const off = oneConnection({ preparedStatements: false });
    await off.select({ id: questions.id }).from(questions).where(eq(questions.active, true)).limit(1);
    // (postgres.js prepares its own type lookup at connect: only the app's queries count here.)
    expect((await preparedTexts(off)).filter((text) => text.includes('"questions"'))).toEqual([]);
  });
});
