/**
 * The environment of a launcher the browser tests start: the suite's server (playwright.config.ts)
 * and the second one web-processes.spec.ts starts with forked web processes. One declaration, so the
 * two servers cannot drift apart in what they ignore from the shell or whom they trust.
 */
import path from "node:path";
import { testPassword } from "../test/secret-marker";

/** The admin the console tests sign in as, created at start like any deployment's first admin. */
export const E2E_ADMIN = { email: "admin@e2e.test", password: testPassword("staff") } as const;

/**
 * Everything but the web process count and the database, for a launcher on `port` with its DATA_DIR
 * `.test-data/<dataDir>` and its JSON log `.test-data/logs/<logName>.log` (the secrets scan reads them all).
 */
export function launcherEnv(port: number, files: { dataDir: string; logName: string }): Record<string, string> {
  return {
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    DATA_DIR: path.resolve(".test-data", files.dataDir),
    LOG_FILE: path.resolve(".test-data", "logs", `${files.logName}.log`),
    LOG_LEVEL: "info",
    // The tests expect the built-in analyzer, offline transcription and the dev mailbox (they read its
    // links there), whatever the shell running them has configured: no real email or AI call from a test.
    SMTP_URL: "",
    OPENAI_API_KEY: "",
    TRANSCRIPTION_API_KEY: "",
    // Tests send X-Forwarded-For (see e2e/fixtures.ts), as clients behind a real proxy would.
    TRUSTED_PROXIES: "127.0.0.1,::1",
    ADMIN_EMAIL: E2E_ADMIN.email,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}
