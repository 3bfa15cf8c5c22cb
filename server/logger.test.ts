import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm";
import pino from "pino";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { REDACT_PATHS, SAFE_LOG_OPTIONS } from "./logger";

/** A logger that writes into an array, with the given options (by default, the redaction paths alone). */
function capture(options: pino.LoggerOptions = { redact: { paths: REDACT_PATHS, censor: "[redacted]" } }) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { logger: pino(options, stream), lines };
}

const captureSafe = () => capture(SAFE_LOG_OPTIONS);

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA";

/** The error a failed insert raises: Drizzle's wrapper (params in its message and fields) around postgres.js's. */
function failedInsertError(): Error {
  const pgError = new postgres.PostgresError({ message: "invalid byte sequence for encoding \"UTF8\": 0x00", code: "22021" } as never);
  // postgres.js attaches the query and its bound values (enumerable with `debug`).
  Object.defineProperties(pgError, {
    query: { value: "insert into users (name, password_hash) values ($1, $2)", enumerable: true },
    parameters: { value: ["Ann\u0000", HASH], enumerable: true },
    args: { value: ["Ann\u0000", HASH], enumerable: true },
  });
  return new DrizzleQueryError("insert into users (name, password_hash) values ($1, $2)", ["Ann\u0000", HASH], pgError);
}

describe("log redaction", () => {
  it("never writes passwords, tokens, cookies or API keys, at the top level or nested", () => {
    const { logger, lines } = capture();
    logger.info({ password: "hunter2-top", user: { email: "a@b.c", password: "hunter2-nested" } }, "sign-in");
    logger.info({ req: { headers: { authorization: "Bearer abc.def", cookie: "session=s3cret" } } }, "request");
    logger.info({ body: { refreshToken: "rt-123", accessToken: "at-456", apiKey: "sk-789" } }, "tokens");
    logger.info({ input: { token: "verify-abc", newPassword: "n3w-pass" } }, "reset");
    const output = lines.join("");
    for (const secret of ["hunter2-top", "hunter2-nested", "abc.def", "s3cret", "rt-123", "at-456", "sk-789", "verify-abc", "n3w-pass"]) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain("a@b.c");
    expect(output.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(9);
  });
});

describe("error serialization", () => {
  it("drops query parameters from an error and its cause chain, wherever the error is logged", () => {
    const { logger, lines } = captureSafe();
    const error = failedInsertError();
    logger.error({ err: error }, "unhandled error in procedure");
    logger.error(error);
    logger.error({ error }, "under error");
    logger.warn({ job: { failure: { reason: error } } }, "nested deep");
    logger.error({ err: new Error("wrapped", { cause: new Error("middle", { cause: error }) }) }, "cause chain");
    logger.warn({ error: error.message }, "the message as a string");
    logger.warn({ query: "select $1", parameters: [HASH] }, "a bare query object");
    const output = lines.join("");
    expect(output).not.toContain("argon2id");
    expect(output).not.toContain('"parameters":');
    expect(output).not.toContain('"params":');
    expect(output).not.toContain('"args":');
    // What helps debugging stays: the SQL with placeholders, the database's message and code.
    expect(output).toContain("insert into users (name, password_hash) values ($1, $2)");
    expect(output).toContain("invalid byte sequence");
    expect(output).toContain('"code":"22021"');
    expect(output).toContain("params: [redacted]");
    expect(lines).toHaveLength(7);
  });

  it("keeps an ordinary error's message, stack and fields", () => {
    const { logger, lines } = captureSafe();
    const error = Object.assign(new Error("could not read a Stripe price"), { statusCode: 404 });
    logger.warn({ err: error, priceId: "price_123" }, "price");
    const line = JSON.parse(lines[0]!) as { err: { type: string; message: string; stack: string; statusCode: number }; priceId: string };
    expect(line.err).toMatchObject({ type: "Error", message: "could not read a Stripe price", statusCode: 404 });
    expect(line.err.stack).toContain("logger.test.ts");
    expect(line.priceId).toBe("price_123");
  });
});
