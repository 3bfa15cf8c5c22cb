import fs from "node:fs";
import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const TEST_WORKERS = 2;
const EXCLUDE = ["node_modules/**", "e2e/**", ".next/**", ".data/**", ".test-data/**"];

/**
 * Test files that change their process: replace a module (vi.mock), stub a global, write
 * process.env directly (test/helpers/env-overrides.ts writes it and always puts it back, so a file
 * that uses only that shares; measured here: an isolated file costs 9–10 s of imports), or run REST through
 * trpc-to-openapi's own adapter (`lean: false`), which switches the shared input schemas to coercion
 * (openapi-lean.ts). They run isolated, each in a fresh
 * process, as every file did before; all others share a process per worker and import the app once
 * (importing it per file was most of the suite's time: 296 of 349 s). Found by reading the files, so a
 * new test that does any of these is isolated without a list to keep.
 */
const CHANGES_ITS_PROCESS =
  /vi\.(?:mock|doMock|stubEnv|stubGlobal|resetModules)\(|process\.env(?:\.[A-Z_]+|\[[^\]]+\])? =[^=]|Object\.assign\(process\.env|delete process\.env|lean: false/;

function isolatedTestFiles(dir = ".", found: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(import.meta.dirname, dir), { withFileTypes: true })) {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".") && !["node_modules", "e2e"].includes(entry.name)) isolatedTestFiles(file, found);
    else if (entry.isFile() && entry.name.endsWith(".test.ts") && CHANGES_ITS_PROCESS.test(fs.readFileSync(path.join(import.meta.dirname, file), "utf8"))) found.push(file);
  }
  return found;
}
const ISOLATED = isolatedTestFiles();

/** What every test file gets, in either project. */
const perFile: TestProjectInlineConfiguration["test"] = {
  setupFiles: ["./test/helpers/worker-database-setup.ts"],
  env: {
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
    LOG_FILE: path.resolve(".test-data/logs/vitest.log"),
    AUTH_SECRET: "vitest-auth-secret-0123456789abcdef0123456789",
    APP_URL: "http://localhost:3999",
  },
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: "forks",
  // next-auth imports "next/server" without an extension, which only a bundler resolves; tests that call
  // the Auth.js route handlers directly need it run through Vite.
  server: { deps: { inline: ["next-auth"] } },
};
const resolve = { alias: { "@": import.meta.dirname } };

export default defineConfig({
  resolve,
  test: {
    // Here, not in the projects: one PostgreSQL and one seed for the whole run (a project's own
    // globalSetup would run again for each project).
    globalSetup: ["./test/global-setup.ts"],
    projects: [
      { resolve, test: { ...perFile, name: "shared", isolate: false, include: ["**/*.test.ts"], exclude: [...EXCLUDE, ...ISOLATED] } },
      { resolve, test: { ...perFile, name: "isolated", include: ISOLATED } },
    ],
    // Vitest's default on 2 cores is 1 worker (cores - 1), which leaves a core idle while a file waits on
    // PostgreSQL, a child process or a timer. Each worker gets its own clone of the seeded database
    // (test/helpers/worker-databases.ts); a DATABASE_URL of yours is one shared database, so files take turns.
    maxWorkers: process.env.DATABASE_URL ? 1 : TEST_WORKERS,
  },
});
