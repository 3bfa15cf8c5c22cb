/**
 * What counts as a leak in a log line, for scripts/scan-logs.ts (and its test). Shapes, not just
 * test values: a password hash, a query's bound values or a random token is a leak whoever's it is.
 */
import { TEST_SECRET_MARKER } from "../../test/secret-marker";

const PATTERNS: Array<[string, RegExp]> = [
  ["a test password", new RegExp(TEST_SECRET_MARKER)],
  ["a bearer token", /Bearer\s+[A-Za-z0-9._~+/-]{16,}/],
  ["a session cookie", /(authjs|next-auth)\.session-token=[^;\s"]{8,}/],
  ["a password inside a connection string", /postgres(ql)?:\/\/[^:\s"]+:[^@\s"]{6,}@/],
  ["a password field", /"(password|newPassword|currentPassword)"\s*:\s*"(?!\[redacted\])[^"]+"/],
  ["a token field", /"(token|accessToken|refreshToken|apiKey)"\s*:\s*"(?!\[redacted\])[^"]+"/],
  ["an argon2 password hash", /\$argon2(id|i|d)\$/],
  ["a bcrypt password hash", /\$2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}/],
  ["a JSON web token", /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/],
  ["a database query's parameters", /"(parameters|params)"\s*:/],
  ["a database query's parameters in a message", /\\nparams: (?!\[redacted\])/],
  ["a long hex secret or hash", /(?<![0-9A-Fa-f])[0-9a-f]{64,}(?![0-9A-Fa-f])/],
];

/**
 * A random token (ours are 43 base64url characters): a run of 40+ URL-safe characters mixing
 * upper case, lower case and digits. Stripe object ids (`cs_test_…`) are public and allowed.
 */
const TOKEN_RUN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-])/g;
const PUBLIC_ID_PREFIX = /^(cs|pi|pm|in|ii|il|sub|si|cus|evt|price|prod|ch|seti|txn|re|po|acct|req)_/;

function hasTokenShape(line: string): boolean {
  for (const [run] of line.matchAll(TOKEN_RUN)) {
    if (PUBLIC_ID_PREFIX.test(run)) continue;
    if (/[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run)) return true;
  }
  return false;
}

/** What secrets a log line holds (empty when none). */
export function findLeaks(line: string): string[] {
  const found = PATTERNS.filter(([, pattern]) => pattern.test(line)).map(([what]) => what);
  if (hasTokenShape(line)) found.push("a random token");
  return found;
}
