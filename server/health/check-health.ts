import { sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import packageJson from "@/package.json";

const DB_TIMEOUT_MS = 2_000;

export interface THealth {
  status: "ok" | "error";
  db: "up" | "down";
  version: string;
  uptimeSeconds: number;
}

/** Pings the database with a short timeout, so a dead database answers "down" quickly instead of hanging. */
export async function checkHealth(db: TDatabase): Promise<THealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database ping timed out")), DB_TIMEOUT_MS);
  });
  let up = false;
  try {
    await Promise.race([db.execute(sql`select 1`), timeout]);
    up = true;
  } catch {
    up = false;
  } finally {
    clearTimeout(timer);
  }
  return {
    status: up ? "ok" : "error",
    db: up ? "up" : "down",
    version: packageJson.version,
    uptimeSeconds: Math.floor(process.uptime()),
  };
}
