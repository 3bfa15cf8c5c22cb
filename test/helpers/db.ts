import { afterAll } from "vitest";
import { createDb } from "@/db";

/** A connection pool to the test run's database, closed when the file's tests end. */
export function connectTestDb() {
  const handle = createDb(process.env.DATABASE_URL!, { max: 4 });
  afterAll(() => handle.sql.end({ timeout: 5 }));
  return handle.db;
}
