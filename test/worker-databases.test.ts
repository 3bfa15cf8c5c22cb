import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { questions } from "@/db/schema";
import { connectTestDb } from "@/test/helpers/db";
import { TEMPLATE_URL_VARIABLE, workerDatabaseName } from "@/test/helpers/worker-databases";

const db = connectTestDb();

describe("one database per vitest worker", () => {
  it("this file runs on its worker slot's clone of the seeded database, not on the shared template", async () => {
    const templateUrl = process.env[TEMPLATE_URL_VARIABLE];
    // An external DATABASE_URL is one shared database: files then run one at a time (vitest.config.ts).
    if (!templateUrl) return;
    const [row] = await db.execute<{ name: string }>(sql`select current_database() as name`);
    expect(row?.name).toBe(workerDatabaseName(templateUrl, process.env.VITEST_POOL_ID!));
    expect(await db.$count(questions)).toBeGreaterThan(0);
  });
});
