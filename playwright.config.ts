import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium-launch";
import { launcherEnv } from "./e2e/server-env";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // 90 s: the email-change test took 47 s in one full run here and over 60 s in the next (a loaded 2-core machine).
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    // Recording a trace is the suite's largest cost when every test records one: with "retain-on-failure"
    // the practice and account-safety specs took 2.8–3.1 min here, 1.8–1.9 min without (the browser paints
    // and encodes a screencast frame for every change). A trace is recorded when a test is retried (CI=1
    // retries once); to trace a failure locally, run that spec again with --trace=on.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
  webServer: {
    // The real launcher against a production build, on its own fresh DATA_DIR.
    // A fresh DATA_DIR per run (the schema may have changed since the last one), then the launcher.
    command: `node -e "require('fs').rmSync(process.argv[1], { recursive: true, force: true })" ${path.resolve(".test-data", `e2e-${PORT}`)} && ${process.execPath} --import tsx scripts/start.ts`,
    url: `${BASE_URL}/api/health`,
    timeout: 600_000, // the first run builds the app; a busy 2-core machine needs minutes
    reuseExistingServer: false,
    // SIGTERM, the launcher's clean stop (web processes drain, the embedded PostgreSQL stops last); node
    // --import tsx rather than the tsx CLI, whose signal relay may SIGKILL a launcher that is slow to answer.
    // Playwright's default SIGKILLs the process group, which no longer holds the postmaster: it runs in
    // a group of its own so a terminal's Ctrl+C reaches only the launcher (db/embedded.ts).
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "ignore", // JSON logs go to LOG_FILE; launcher messages and errors stay on stderr
    stderr: "pipe",
    env: {
      ...launcherEnv(PORT, { dataDir: `e2e-${PORT}`, logName: `e2e-server-${PORT}` }),
      // One web process, serving from the launcher itself. npm start's default, one per core, cost this
      // 2-core machine a quarter of the suite's time (3 specs: 268 s with two processes, 207 s with one;
      // startup 18.8 s against 7.8 s): each process compiles and caches every page again, beside two
      // browsers. web-processes.spec.ts starts its own launcher with two forked processes on this build.
      WEB_CONCURRENCY: process.env.E2E_WEB_CONCURRENCY ?? "1",
    },
  },
});
