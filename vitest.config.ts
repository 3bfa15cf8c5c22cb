import path from "node:path";
import { defineConfig } from "vitest/config";

const TEST_WORKERS = 2;

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**", ".test-data/**"],
    globalSetup: ["./test/global-setup.ts"],
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
    // Vitest's default on 2 cores is 1 worker (cores - 1), which leaves a core idle while a file waits on
    // PostgreSQL, a child process or a timer. Each worker gets its own clone of the seeded database
    // (test/helpers/worker-databases.ts); a DATABASE_URL of yours is one shared database, so files take turns.
    maxWorkers: process.env.DATABASE_URL ? 1 : TEST_WORKERS,
    // next-auth imports "next/server" without an extension, which only a bundler resolves; tests that call
    // the Auth.js route handlers directly need it run through Vite.
    server: { deps: { inline: ["next-auth"] } },
  },
});
