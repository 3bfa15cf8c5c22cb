import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appPoolMax, closeDb } from "@/server/db";
import { answers, users } from "@/db/schema";
import { setEnv } from "@/test/helpers/env-overrides";
import { peerHeaders } from "@/server/client-ip";
import { handleRestRequest } from "@/server/http/rest-handler";
import { withRequest } from "@/server/http/with-request";
import { startBackgroundWorker } from "@/server/worker/start-background-worker";
import { asSessionUser, callerFor, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { metricsRoute } from "./metrics-route";
import { routeTemplate } from "@/server/api/route-template";

const db = connectTestDb();
const TOKEN = "metrics-test-token-0123456789";
let worker: Awaited<ReturnType<typeof startBackgroundWorker>>;

const scrape = (headers: Record<string, string>) => metricsRoute(new Request("http://localhost:3999/api/metrics", { headers }));

async function waitForScored(ids: string[]): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const rows = await db.select({ status: answers.status }).from(answers).where(inArray(answers.id, ids));
    if (rows.length === ids.length && rows.every((row) => row.status !== "pending")) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("answers were not scored in time");
}

beforeAll(async () => {
  worker = await startBackgroundWorker();
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await closeDb();
});

describe("/api/metrics and the admin System panel", () => {
  it("after scored answers: Prometheus text with request, job and database metrics; admin.system returns the numbers", async () => {
    const { caller } = await verifiedTestUser(db, "metrics");
    const { interview } = await caller.interviews.create({ track: "software_engineering", level: "junior", questionCount: 2 });
    const ids: string[] = [];
    for (const question of interview.questions) {
      const submitted = await caller.interviews.submitAnswer({
        id: interview.id,
        questionId: question.questionId,
        answer: "I would clarify the requirements, compare two designs and their trade-offs, then measure p95 latency before and after.",
      });
      ids.push(submitted.answer.id);
    }
    await waitForScored(ids);
    const rest = withRequest(handleRestRequest);
    expect((await rest(new Request("http://localhost:3999/api/v1/questions?limit=2"))).status).toBe(200);

    const response = await scrape(peerHeaders("127.0.0.1", {}));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/rehearse_http_requests_total\{route="\/api\/v1\/questions",method="GET",status="2xx"\} \d+/);
    expect(text).toMatch(/rehearse_http_request_duration_seconds_bucket\{le="0\.005",route="\/api\/v1\/questions",method="GET"\}/);
    expect(text).toMatch(/rehearse_job_duration_seconds_count\{queue="score-answer",outcome="completed"\} [1-9]/);
    expect(text).toContain("rehearse_job_wait_seconds_bucket");
    expect(text).toMatch(/rehearse_score_latency_seconds\{provider="builtin",quantile="0\.95"\} [\d.]+/);
    expect(text).toMatch(/rehearse_scores_last_hour\{provider="builtin"\} [1-9]/);
    expect(text).toContain("rehearse_queue_waiting_jobs");
    expect(text).toContain('rehearse_outbox_emails_last_day{status="failed"}');
    expect(text).toMatch(/rehearse_db_connections\{application="rehearse",state="[a-z ]+"\} [1-9]/);
    expect(text).toContain(`rehearse_db_pool_max ${appPoolMax()}`);
    expect(text).toContain("rehearse_database_up 1");
    expect(text).toContain("rehearse_process_cpu_seconds_total");

    const [adminRow] = await db.update(users).set({ role: "admin" }).where(eq(users.id, (await verifiedTestUser(db, "sysadmin")).user.id)).returning();
    const system = await callerFor(db, { user: asSessionUser(adminRow!) }).caller.admin.system();
    const builtin = system.scoringLastHour.find((row) => row.provider === "builtin");
    expect(builtin?.scores).toBeGreaterThanOrEqual(2);
    expect(builtin?.p95Ms).toBeGreaterThanOrEqual(builtin!.p50Ms);
    expect(system.queues.every((queue) => queue.waiting >= 0 && queue.active >= 0)).toBe(true);
    expect(typeof system.emailsLastDay.failed).toBe("number");
    await expect(caller.admin.system()).rejects.toThrow(/administrator/);
  }, 60_000);

  it("refuses remote and forwarded callers, and wrong tokens; accepts METRICS_TOKEN from anywhere", async () => {
    expect((await scrape(peerHeaders("203.0.113.7", {}))).status).toBe(403);
    expect((await scrape({})).status).toBe(403);
    // A reverse proxy on the same machine: the peer is local, the visitor is not.
    expect((await scrape({ ...peerHeaders("127.0.0.1", { "x-forwarded-for": "203.0.113.7" }), "x-forwarded-for": "203.0.113.7" })).status).toBe(403);
    expect((await scrape({ ...peerHeaders("127.0.0.1", {}), authorization: `Bearer ${TOKEN}` })).status).toBe(401); // no token configured

    setEnv({ METRICS_TOKEN: TOKEN });
    const refused = await scrape({ ...peerHeaders("203.0.113.7", {}), authorization: "Bearer not-the-token-at-all" });
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain("rehearse_");
    expect((await scrape({ ...peerHeaders("203.0.113.7", {}), authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it("labels routes by template, not by raw path", () => {
    expect(routeTemplate("GET", "/api/v1/answers/0b7e5a4e-8d53-4c4e-9d1c-1f1b2d3c4e5f")).toBe("/api/v1/answers/{id}");
    expect(routeTemplate("GET", "/api/v1/no/such/thing")).toBe("/api/v1/{unmatched}");
    expect(routeTemplate("GET", "/api/trpc/catalog.questions")).toBe("/api/trpc/catalog.questions");
    expect(routeTemplate("GET", "/api/trpc/catalog.questions,catalog.tracks")).toBe("/api/trpc/{batch}");
    expect(routeTemplate("GET", "/api/trpc/evil.name")).toBe("/api/trpc/{unknown}");
    expect(routeTemplate("GET", "/some/page/123")).toBe("{other}");
  });
});
