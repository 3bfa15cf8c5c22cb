import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrl } from "@/test/helpers/worker-databases";
import { MIGRATIONS_FOLDER, runMigrations } from "./migrate";

const url = new URL(process.env.DATABASE_URL!);
const name = `rehearse_migrate_${process.pid}_${Date.now()}`;
const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });

afterAll(async () => {
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end({ timeout: 5 });
});

describe("runMigrations", () => {
  it("says how many migrations it applied: all of them on an empty database, none the second time", async () => {
    await admin.unsafe(`create database ${name}`);
    const fresh = databaseUrl(url.toString(), name);
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };

    expect(await runMigrations(fresh)).toBe(journal.entries.length);
    expect(await runMigrations(fresh)).toBe(0);
  });
});
