/**
 * Reads every log line the test run wrote (vitest and the e2e server) and fails when one holds
 * a secret: a test password, a bearer or refresh token, a cookie, a connection string password,
 * a password hash, a query's bound values, a random token (scripts/lib/log-leaks.ts).
 * Tests use passwords that contain TEST_SECRET_MARKER, so any appearance of it is a leak.
 */
import fs from "node:fs";
import path from "node:path";
import { findLeaks } from "./lib/log-leaks";

const LOG_DIR = path.join(".test-data", "logs");

const files = fs.existsSync(LOG_DIR) ? fs.readdirSync(LOG_DIR).map((file) => path.join(LOG_DIR, file)) : [];
let lines = 0;
const leaks: string[] = [];
for (const file of files) {
  for (const [index, line] of fs.readFileSync(file, "utf8").split("\n").entries()) {
    if (!line) continue;
    lines += 1;
    for (const what of findLeaks(line)) leaks.push(`${file}:${index + 1}: ${what}`);
  }
}
if (lines === 0) {
  console.error(`No log lines found in ${LOG_DIR}: the scan would prove nothing. Did the tests run with LOG_FILE?`);
  process.exit(1);
}
if (leaks.length > 0) {
  console.error(`Secrets found in logs:\n${leaks.join("\n")}`);
  process.exit(1);
}
console.log(`Scanned ${lines} log lines in ${files.length} files: no secrets.`);
