import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("metrics across web processes", () => {
  it("a scrape of one web process sums every web process and adds the primary's job metrics", () => {
    const fixture = path.join(import.meta.dirname, "fixtures", "cluster-metrics-app.ts");
    const result = spawnSync(process.execPath, ["--import", "tsx", fixture], { encoding: "utf8", timeout: 30_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/rehearse_http_requests_total\{route="\/api\/v1\/questions",method="GET",status="2xx"\} 2\b/);
    expect(result.stdout).toMatch(/rehearse_job_duration_seconds_count\{queue="score-answer",outcome="completed"\} 1\b/);
  }, 40_000);
});
