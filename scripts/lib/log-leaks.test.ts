import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/server/auth/password-hash";
import { generateToken } from "@/server/auth/tokens/random-token";
import { findLeaks } from "./log-leaks";

const line = (fields: Record<string, unknown>) => JSON.stringify({ level: 50, time: "2025-01-01T00:00:00.000Z", requestId: randomUUID(), ...fields });

describe("the log scan", () => {
  it("finds a real argon2id password hash wherever it sits in a line", async () => {
    const hash = await hashPassword("a-password-nobody-uses-42");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(findLeaks(line({ err: { message: `Failed query: insert into users\nparams: Ann,${hash}` } }))).toContain("an argon2 password hash");
    expect(findLeaks(line({ user: { passwordHash2: hash } }))).toContain("an argon2 password hash");
  });

  it("finds bcrypt hashes, query parameters, random tokens, JWTs and long hex digests", () => {
    const bcrypt = "$2b$12$" + "R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW".slice(0, 53);
    expect(findLeaks(line({ hash: bcrypt }))).toContain("a bcrypt password hash");
    expect(findLeaks(line({ err: { query: "select $1", parameters: ["x"] } }))).toContain("a database query's parameters");
    expect(findLeaks(line({ error: "Failed query: select $1\nparams: secret-answer" }))).toContain("a database query's parameters in a message");
    expect(findLeaks(line({ link: `/verify-email?t=${generateToken()}` }))).toContain("a random token");
    expect(findLeaks(line({ jwt: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U" }))).toContain("a JSON web token");
    expect(findLeaks(line({ tokenHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }))).toContain("a long hex secret or hash");
  });

  it("passes ordinary lines: ids, request lines, scrubbed errors, stack traces, Stripe ids", () => {
    const ordinary = [
      line({ method: "POST", path: `/api/v1/interviews/${randomUUID()}/answers`, status: 202, durationMs: 12, msg: "request" }),
      line({ err: { type: "DrizzleQueryError", message: "Failed query: insert into users (name) values ($1)\nparams: [redacted]", query: "insert into users (name) values ($1)" } }),
      line({ err: { stack: "Error: boom\n    at handleRestRequest (/work/main/.next/server/chunks/ssr/[root-of-the-server]__0f1e2d3c._.js:12:34)" } }),
      line({ stripeEventId: "evt_1NG8Du2eZvKYlo2CUI79vXWyAbCdEfGhIjKlMnOp", sessionId: "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ0123456789" }),
      line({ event: "sign_in_attempt", outcome: "bad_password", via: "api", ip: "10.0.0.1", userId: randomUUID() }),
      line({ queue: "score-answer", jobId: randomUUID(), msg: "customer-subscription-created handler finished" }),
    ];
    for (const ordinaryLine of ordinary) expect(findLeaks(ordinaryLine)).toEqual([]);
  });
});
