/**
 * The per-request line skips key redaction (docs/performance.md): its output must be the line the
 * redacting logger writes for the same fields, and the parent logger keeps redacting everything else.
 */
import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { SAFE_LOG_OPTIONS, withoutRedaction } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { log: pino({ ...SAFE_LOG_OPTIONS, timestamp: false, base: { service: "rehearse" }, mixin: () => ({ requestId: "req-1" }) }, stream), lines };
}

describe("the request line without redaction", () => {
  it("writes exactly what the redacting logger writes for a request's fields", () => {
    const { log, lines } = capture();
    const fields = { method: "POST", path: "/api/v1/interviews/0b9c/answers", status: 202, durationMs: 12 };
    log.info(fields, "request");
    withoutRedaction(log).info(fields, "request");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(lines[0]);
    expect(JSON.parse(lines[0]!)).toMatchObject({ ...fields, requestId: "req-1", service: "rehearse", msg: "request" });
  });

  it("leaves the parent's redaction in place", () => {
    const { log, lines } = capture();
    withoutRedaction(log);
    log.info({ user: { password: "hunter2" }, authorization: "Bearer x.y" }, "other");
    expect(lines.join("")).not.toContain("hunter2");
    expect(lines.join("")).not.toContain("x.y");
  });
});
