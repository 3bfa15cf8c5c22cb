/**
 * The dispatcher's statements carry their queue's name in their text (queue-name-literal.ts), so
 * PostgreSQL plans a fetch and a complete once per connection instead of on every execution: with the
 * name bound as $1 it never left custom plans on the partitioned job table.
 */
import crypto from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPreparedStatements } from "@/db/prepared-statements";
import { startDispatcher } from "./dispatcher";
import { ensureQueues, sendJob, startQueue, stopQueue } from "./queue";
import { inlineFirstParameter, sqlStringLiteral, withQueueNameInline } from "./queue-name-literal";
import { sqlExecutor } from "./transaction-executor";

const POLICY = { retryLimit: 1, retryDelay: 1, retryBackoff: true, expireInSeconds: 30 } as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// One connection (prepared statements and their plan counts are per session), preparing as the app's client does.
const client = withPreparedStatements(postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} }));

beforeAll(async () => {
  await startQueue();
});
afterAll(async () => {
  await stopQueue();
  await client.end({ timeout: 5 });
});

describe("the queue's name in the statement text", () => {
  it("replaces $1 with the literal and renumbers the rest, $10 and up included", () => {
    expect(inlineFirstParameter("where name = $1 and id = any($2) limit $11 -- $1", "'q'")).toBe("where name = 'q' and id = any($1) limit $10 -- 'q'");
    expect(sqlStringLiteral("it's")).toBe("'it''s'");
  });

  it("rewrites only statements whose first value is the queue's name", async () => {
    const seen: { text: string; values: unknown[] }[] = [];
    const db = withQueueNameInline({ executeSql: async (text, values = []) => (seen.push({ text, values }), { rows: [] }) }, "score-answer");
    await db.executeSql("select * from pgboss.job where name = $1 and id = $2", ["score-answer", "x"]);
    await db.executeSql("select * from pgboss.job where name = $1", ["other-queue"]);
    expect(seen).toEqual([
      { text: "select * from pgboss.job where name = 'score-answer' and id = $1", values: ["x"] },
      { text: "select * from pgboss.job where name = $1", values: ["other-queue"] },
    ]);
  });

  it("runs every job once, and PostgreSQL plans the fetch and the complete once (generic plans)", async () => {
    const name = `test-literal-${crypto.randomUUID()}`;
    const boss = await startQueue();
    await ensureQueues(boss, { [name]: POLICY });
    const runs: number[] = [];
    const dispatcher = startDispatcher(boss, name, { concurrency: 1, pollingIntervalSeconds: 0.05, db: sqlExecutor(client) }, async (job) => {
      runs.push((job.data as { n: number }).n);
    });
    for (let n = 0; n < 8; n += 1) {
      await sendJob(name, { n });
      // One at a time: each job its own fetch and complete (eight of each at least).
      const deadline = Date.now() + 10_000;
      while (runs.length <= n && Date.now() < deadline) await sleep(20);
      await sleep(60);
    }
    await dispatcher.stop();
    expect(runs).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const { completed } = (await client<{ completed: number }[]>`select count(*)::int as completed from pgboss.job where name = ${name} and state = 'completed'`)[0]!;
    expect(completed).toBe(8);
    const plans = await client<{ statement: string; generic_plans: string; custom_plans: string }[]>`
      select statement, generic_plans::text, custom_plans::text from pg_prepared_statements
      where statement like ${`%'${name}'%`} and (statement ilike '%skip locked%' or statement ilike '%completed_on = now()%')`;
    expect(plans).toHaveLength(2);
    for (const plan of plans) expect({ statement: plan.statement.slice(0, 60), generic: Number(plan.generic_plans) > 0 }).toMatchObject({ generic: true });
  });
});
