/**
 * Reads every log line the test run wrote (vitest and the e2e server) and fails when one holds
 * a secret: a test password, a bearer or refresh token, a cookie, a connection string password.
 * Tests use passwords that contain TEST_SECRET_MARKER, so any appearance of it is a leak.
 */
import fs from "node:fs";
import path from "node:path";
import { TEST_SECRET_MARKER } from "../test/secret-marker";

const LOG_DIR = path.join(".test-data", "logs");
const PATTERNS: Array<[string, RegExp]> = [
  ["a test password", new RegExp(TEST_SECRET_MARKER)],
  ["a bearer token", /Bearer\s+[A-Za-z0-9._~+/-]{16,}/],
  ["a session cookie", /(authjs|next-auth)\.session-token=[^;\s"]{8,}/],
  ["a password inside a connection string", /postgres(ql)?:\/\/[^:\s"]+:[^@\s"]{6,}@/],
  ["a password field", /"(password|newPassword|currentPassword)"\s*:\s*"(?!\[redacted\])[^"]+"/],
  ["a token field", /"(token|accessToken|refreshToken|apiKey)"\s*:\s*"(?!\[redacted\])[^"]+"/],
];

const files = fs.existsSync(LOG_DIR) ? fs.readdirSync(LOG_DIR).map((file) => path.join(LOG_DIR, file)) : [];
let lines = 0;
const leaks: string[] = [];
for (const file of files) {
  for (const [index, line] of fs.readFileSync(file, "utf8").split("\n").entries()) {
    if (!line) continue;
    lines += 1;
    for (const [what, pattern] of PATTERNS) {
      if (pattern.test(line)) leaks.push(`${file}:${index + 1}: ${what}`);
    }
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
