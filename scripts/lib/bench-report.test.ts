import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { classifyFailures, countByStatus } from "./bench-errors";
import { percentile, sortedCopy } from "./bench-http";
import { PhaseRecorder } from "./bench-recorder";
import { errorText, writeResults } from "./bench-report";

const dirs: string[] = [];
function tempFile(content?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-report-"));
  dirs.push(dir);
  const file = path.join(dir, "performance.md");
  if (content !== undefined) fs.writeFileSync(file, content);
  return file;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("writeResults", () => {
  it("creates the file and the section when there is none", () => {
    const file = tempFile();
    writeResults(file, "first run");
    const text = fs.readFileSync(file, "utf8");
    expect(text).toMatch(/^# Performance\n/);
    expect(text).toContain("## Load benchmark");
    expect(text).toContain("<!-- bench-load:results:start -->\nfirst run\n<!-- bench-load:results:end -->");
  });

  it("appends the section after other people's content and keeps it", () => {
    const file = tempFile("# Performance\n\n## Request path\n\nNumbers by someone else.\n");
    writeResults(file, "run");
    const text = fs.readFileSync(file, "utf8");
    expect(text.startsWith("# Performance\n\n## Request path\n\nNumbers by someone else.\n")).toBe(true);
    expect(text.indexOf("## Load benchmark")).toBeGreaterThan(text.indexOf("Numbers by someone else."));
  });

  it("replaces only the block between the markers on the next run", () => {
    const file = tempFile();
    writeResults(file, "first run");
    fs.appendFileSync(file, "\n### What limited it\n\nHand-written analysis.\n");
    writeResults(file, "second run");
    const text = fs.readFileSync(file, "utf8");
    expect(text).not.toContain("first run");
    expect(text).toContain("second run");
    expect(text).toContain("Hand-written analysis.");
    expect(text.match(/## Load benchmark/g)).toHaveLength(1);
  });
});

describe("percentiles and errors", () => {
  it("takes the nearest rank", () => {
    const sorted = sortedCopy([5, 1, 4, 2, 3, 10, 9, 8, 7, 6]);
    expect(percentile(sorted, 0.5)).toBe(5);
    expect(percentile(sorted, 0.95)).toBe(10);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("counts no-response and 4xx/5xx as errors, by status, with the first body of each", () => {
    const recorder = new PhaseRecorder(true);
    recorder.record("submit", 202, 10);
    recorder.record("sign-in", 503, 4000, JSON.stringify({ error: { code: "SERVICE_UNAVAILABLE", message: "The database is unavailable." } }));
    recorder.record("sign-in", 503, 4100, "{}");
    recorder.record("start", 0, 30_000, "timeout");
    expect(recorder.errorCount()).toBe(3);
    expect(errorText(recorder)).toBe("3 (no response×1, 503×2)");
    expect(recorder.errorSamples.get("sign-in 503")).toBe("SERVICE_UNAVAILABLE: The database is unavailable.");
    expect(recorder.errorSamples.get("start no response")).toBe("timeout");
  });

  it("leaves long-poll waits out of API latency", () => {
    const recorder = new PhaseRecorder(true);
    recorder.record("read", 200, 10);
    recorder.record("score wait", 200, 30_000);
    expect(recorder.apiLatency().p95).toBe(10);
    expect(new PhaseRecorder(false).apiGroups()).toContain("score wait");
  });
});

describe("designed 503s and errors", () => {
  const restart = { kind: "database-restart" as const, from: 1000, to: 2000 };
  const kill = { kind: "worker-kill" as const, from: 3000, to: 4000 };
  const failure = (when: number, status: number, retryAfter: boolean) => ({ at: when, group: "submit" as const, status, retryAfter });

  it("only a 503 with Retry-After inside a database restart window is designed; everything else is an error", () => {
    const { designed, errors } = classifyFailures(
      [
        failure(1500, 503, true), // designed
        failure(1500, 503, false), // no Retry-After
        failure(1500, 500, true), // not a 503
        failure(2500, 503, true), // after the window
        failure(3500, 503, true), // the worker kill excuses nothing
        failure(1200, 0, false), // no response
      ],
      [restart, kill],
    );
    expect(designed).toHaveLength(1);
    expect(countByStatus(errors)).toBe("5 (no response×1, 500×1, 503×3)");
  });

  it("the error column counts only errors once the phase's faults are known", () => {
    const recorder = new PhaseRecorder(true);
    recorder.record("submit", 503, 10, "{}", 5);
    recorder.record("submit", 503, 10, "{}");
    const window = { kind: "database-restart" as const, from: 0, to: performance.now() + 10_000 };
    expect(errorText(recorder)).toBe("2 (503×2)");
    expect(errorText(recorder, [window])).toBe("1 (503×1)");
  });
});
