/**
 * The request line written as text (request-line.ts) must be byte for byte the line pino makes of
 * the same fields with the app logger's options, and the redacting logger's line too.
 */
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TAKES_WHOLE_LINES } from "./log-destination";
import { appLoggerOptions } from "./logger";
import { runWithRequestContext } from "./request-context";
import { writeRequestLine, type TRequestLine } from "./request-line";

function capture(level: string, wholeLines: boolean) {
  const lines: string[] = [];
  const stream = { write: (line: string) => void lines.push(line), ...(wholeLines ? { [TAKES_WHOLE_LINES]: true } : {}) };
  return { log: pino(appLoggerOptions(level), stream as pino.DestinationStream), lines };
}

afterEach(() => vi.useRealTimers());

const paths = ["/api/v1/questions", "/api/v1/interviews/0b9c6f3e-1111-4222-8333-944445555666/answers", '/api/v1/"quoted"\\back', "/api/v1/é✓/한국어", "/api/v1/\ud800lone", "/x\nparams: [1,2]", "/ctl\u0001\u001f"];
const ids = [undefined, "req-1", "0b9c6f3e-1111-4222-8333-944445555666"];

describe("the request line as text", () => {
  it("is the line pino writes for the same fields, with and without a request id, at any time", () => {
    const viaPino = capture("info", false);
    const asText = capture("info", true);
    const times = ["2026-12-01T02:40:13.007Z", "2026-12-01T02:40:13.999Z", "2027-01-01T00:00:00.000Z"];
    let cases = 0;
    for (const time of times) {
      vi.useFakeTimers({ now: new Date(time), toFake: ["Date"] });
      for (const requestId of ids) {
        for (const [index, path] of paths.entries()) {
          const fields: TRequestLine = { method: index % 2 ? "POST" : "GET", path, status: [200, 404, 503][index % 3]!, durationMs: [0, 12, 30_001][index % 3]! };
          const write = () => {
            viaPino.log.info(fields, "request");
            writeRequestLine(viaPino.log, requestId, fields);
            writeRequestLine(asText.log, requestId, fields);
          };
          if (requestId) runWithRequestContext({ requestId }, write);
          else write();
          const [redacting, withoutRedaction] = viaPino.lines.splice(0);
          const [text] = asText.lines.splice(0);
          expect(text).toBe(withoutRedaction);
          // The redacting logger escapes a lone surrogate where the other writes it raw (a URL's path never holds one).
          if (!/[\ud800-\udfff]/.test(path)) expect(text).toBe(redacting);
          cases += 1;
        }
      }
      vi.useRealTimers();
    }
    expect(cases).toBe(times.length * ids.length * paths.length);
  });

  it("follows the logger's level", () => {
    const quiet = capture("warn", true);
    writeRequestLine(quiet.log, "req-1", { method: "GET", path: "/api/v1/questions", status: 200, durationMs: 1 });
    expect(quiet.lines).toEqual([]);
    const off = capture("silent", false);
    writeRequestLine(off.log, "req-1", { method: "GET", path: "/api/v1/questions", status: 200, durationMs: 1 });
    expect(off.lines).toEqual([]);
  });
});
