import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { REDACT_PATHS } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { logger: pino({ redact: { paths: REDACT_PATHS, censor: "[redacted]" } }, stream), lines };
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
