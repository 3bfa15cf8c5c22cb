/**
 * bench:load's verdict, read from the database after the answers drained: every answer the server
 * acknowledged (202) ended scored or flagged with exactly one score row, none is missing or still
 * pending, and no bench user started more interviews than their plan allows.
 */
import type postgres from "postgres";
import { PLANS } from "@/server/contracts/vocabulary/plans";
import { BENCH_PLAN } from "./bench-users";
import { sleep } from "./bench-http";

export interface Verdict {
  acknowledged: number;
  scored: number;
  flagged: number;
  failed: number;
  pending: number;
  missing: number;
  /** Answers with no score row, or more than one. */
  wrongScoreCount: number;
  /** Stored answers of bench users the client never saw acknowledged (its request failed or timed out). */
  storedWithoutAck: number;
  usersOverQuota: number;
  maxInterviewsPerUser: number;
  ok: boolean;
}

/** Waits (bounded) until none of these answers is pending; returns how long it took, or null on timeout. */
export async function waitForDrain(sql: postgres.Sql, answerIds: string[], timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const [row] = await sql<{ pending: number }[]>`select count(*)::int as pending from answers where id = any(${answerIds}::uuid[]) and status = 'pending'`;
      if ((row?.pending ?? 0) === 0) return Date.now() - started;
    } catch {
      // The database may still be coming back from the restart; keep waiting within the budget.
    }
    await sleep(500);
  }
  return null;
}

export async function verify(sql: postgres.Sql, options: { answerIds: string[]; emailPattern: string }): Promise<Verdict> {
  const rows = await sql<{ id: string; status: string; scores: number }[]>`
    select a.id, a.status, (select count(*)::int from scores s where s.answer_id = a.id) as scores
    from answers a where a.id = any(${options.answerIds}::uuid[])`;
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  const wrongScoreCount = rows.filter((row) => (row.status === "scored" || row.status === "flagged") && row.scores !== 1).length;
  const acked = new Set(options.answerIds);
  const [stored] = await sql<{ ids: string[] }[]>`
    select coalesce(array_agg(a.id), '{}') as ids from answers a join users u on u.id = a.user_id where u.email like ${options.emailPattern}`;
  const storedWithoutAck = (stored?.ids ?? []).filter((id) => !acked.has(id)).length;
  const plan = PLANS[BENCH_PLAN];
  const perUser = await sql<{ started: number; day: number }[]>`
    select count(*) filter (where i.started_at > now() - make_interval(days => ${plan.windowDays}))::int as started,
           count(*) filter (where i.started_at > now() - interval '24 hours')::int as day
    from interviews i join users u on u.id = i.user_id
    where u.email like ${options.emailPattern} and not i.quota_refunded group by i.user_id`;
  const usersOverQuota = perUser.filter(
    (row) => (plan.interviewsPerWindow !== null && row.started > plan.interviewsPerWindow) || (plan.fairUsePerDay !== null && row.day > plan.fairUsePerDay),
  ).length;
  const verdict = {
    acknowledged: acked.size,
    scored: count("scored"),
    flagged: count("flagged"),
    failed: count("failed"),
    pending: count("pending"),
    missing: acked.size - rows.length,
    wrongScoreCount,
    storedWithoutAck,
    usersOverQuota,
    maxInterviewsPerUser: Math.max(0, ...perUser.map((row) => row.started)),
  };
  // A phase in which no answer was acknowledged proves nothing: that is a failure, not a pass.
  return { ...verdict, ok: verdict.acknowledged > 0 && verdict.missing === 0 && verdict.pending === 0 && verdict.failed === 0 && wrongScoreCount === 0 && usersOverQuota === 0 };
}
