/**
 * `npm run db:generate-load -- --users 100000 --answers 1000000`: fills the database (DATABASE_URL, or
 * the embedded one in DATA_DIR) with realistic practice data for the admin benchmark: users signed
 * up over 120 days, interviews over 90 days (3 answers each, most completed), a score per answer,
 * some flagged, AI usage for a tenth. Set-based SQL in batches; safe to run more than once (each run
 * adds its own users).
 */
import { sql } from "drizzle-orm";
import { createDb } from "@/db";
import { refreshMetricRollups } from "@/server/admin/metrics-rollup";
import { fail, say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) fail(`--${name} expects a whole number ≥ 1`);
  return value;
}

const DIMENSIONS_SQL = sql.raw(`case i.track
  when 'product_management' then '["structure","metrics","prioritization","user_empathy","communication"]'::jsonb
  when 'behavioral' then '["situation_task","action","result","reflection","communication"]'::jsonb
  when 'software_engineering' then '["correctness","depth","trade_offs","practical_experience","clarity"]'::jsonb
  else '["problem_understanding","approach","complexity","code_quality","communication"]'::jsonb end`);

runLauncher(async () => {
  const users = argument("users", 1000);
  const answerCount = argument("answers", 10_000);
  const database = await prepareDatabase(loadEnvOrExit());
  onShutdown(() => database.stop());
  await migrateAndSeed(database.url);
  const { db, sql: client } = createDb(database.url, { max: 2 });
  onShutdown(() => client.end({ timeout: 5 }));
  const run = Date.now().toString(36);
  const started = Date.now();

  await db.execute(sql`
    insert into users (email, name, email_verified, created_at, updated_at)
    select 'load-' || ${run} || '-' || g || '@load.rehearse.test', 'Load User ' || g,
           now() - random() * interval '120 days', now() - random() * interval '120 days', now()
    from generate_series(1, ${users}::int) g`);
  say(`${users} users (${Math.round((Date.now() - started) / 1000)} s)`);

  await db.execute(sql`create temp table load_users as
    select id, created_at, row_number() over (order by id) as rn from users where email like ${`load-${run}-%`}`);
  await db.execute(sql`create temp table load_questions as
    select id, track, level, text, row_number() over (partition by track, level order by id) - 1 as rn,
           count(*) over (partition by track, level) as n
    from questions where active`);

  const interviewsTotal = Math.ceil(answerCount / 3);
  const batch = 50_000;
  for (let offset = 0; offset < interviewsTotal; offset += batch) {
    const size = Math.min(batch, interviewsTotal - offset);
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        create temp table batch_interviews on commit drop as
        with picked as (
          select u.id as user_id, u.created_at as user_created,
                 (array['product_management','software_engineering','behavioral','coding'])[1 + (g % 4)]::track as track,
                 (array['intern','junior','mid','senior'])[1 + ((g / 4) % 4)]::level as level,
                 greatest(u.created_at, now() - interval '90 days') + random() * (now() - greatest(u.created_at, now() - interval '90 days')) as started_at,
                 random() as r
          from generate_series(${offset + 1}::int, ${offset + size}::int) g
          join load_users u on u.rn = 1 + ((g::bigint * 7919) % ${users})
        )
        select gen_random_uuid() as id, * from picked`);
      await tx.execute(sql`
        insert into interviews (id, user_id, track, level, question_count, status, started_at, last_activity_at, completed_at, overall_score, passed)
        select id, user_id, track, level, 3,
               (case when r < 0.75 then 'completed' when r < 0.9 then 'abandoned' else 'in_progress' end)::interview_status,
               started_at, started_at + interval '20 minutes',
               case when r < 0.75 then started_at + (10 + r * 40) * interval '1 minute' end,
               case when r < 0.75 then (30 + r * 80)::int % 100 end,
               case when r < 0.75 then (case when r < 0.45 then 'yes' else 'no' end) end
        from batch_interviews`);
      await tx.execute(sql`
        insert into interview_questions (interview_id, question_id, position, status)
        select i.id, q.id, p, 'answered'
        from batch_interviews i cross join generate_series(1, 3) p
        join load_questions q on q.track = i.track and q.level = i.level and q.rn = (abs(hashtext(i.id::text)) + p) % q.n`);
      await tx.execute(sql`
        insert into answers (user_id, interview_id, interview_question_id, question_id, kind, prompt, attempt, text, text_hash,
                             time_spent_seconds, status, flag_reasons, created_at, scored_at)
        select i.user_id, i.id, iq.id, iq.question_id, 'answer', q.text, 1,
               'Generated load answer ' || iq.id, md5(iq.id::text), 60 + (random() * 600)::int,
               (case when random() < 0.01 then 'flagged' else 'scored' end)::answer_status,
               '{}', i.started_at + iq.position * interval '5 minutes', i.started_at + iq.position * interval '5 minutes' + interval '1 second'
        from batch_interviews i
        join interview_questions iq on iq.interview_id = i.id
        join questions q on q.id = iq.question_id`);
      await tx.execute(sql`
        insert into scores (answer_id, rubric_version, track, total, dimensions, strengths, improvements, feedback, sample_answer, follow_up,
                            flags, provider, model, tokens_in, tokens_out, latency_ms, created_at)
        select a.id, '2026-11-1', i.track, s.total,
               (select jsonb_agg(jsonb_build_object('key', k, 'label', initcap(replace(k, '_', ' ')), 'score', s.total / 10, 'max', 10,
                                                    'comment', 'Generated.', 'evidence', '[]'::jsonb))
                from jsonb_array_elements_text(${DIMENSIONS_SQL}) k),
               '{}', '{}', 'Generated feedback.', 'Generated sample.', null, '{}',
               case when s.ai then 'openai' else 'builtin' end, case when s.ai then 'gpt-4o-mini' else 'rehearse-analyzer' end,
               case when s.ai then 900 end, case when s.ai then 300 end, 20, a.scored_at
        from answers a
        join batch_interviews i on i.id = a.interview_id
        cross join lateral (select (10 * (2 + floor(random() * 8)))::int as total, random() < 0.1 as ai) s`);
      await tx.execute(sql`
        insert into ai_usage (user_id, answer_id, purpose, provider, model, input_tokens, output_tokens, cost_usd, latency_ms, outcome, created_at)
        select a.user_id, a.id, 'score', 'openai', 'gpt-4o-mini', 900, 300, 0.000315, 1200, 'ok', a.created_at
        from answers a join scores s on s.answer_id = a.id
        join batch_interviews i on i.id = a.interview_id
        where s.provider = 'openai'`);
    });
    say(`${Math.min(offset + size, interviewsTotal) * 3} / ${interviewsTotal * 3} answers (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await db.execute(sql`
    update users u set last_active_at = a.last from (
      select user_id, max(created_at) as last from answers group by user_id) a
    where a.user_id = u.id and u.email like ${`load-${run}-%`}`);
  // VACUUM too: index-only scans need the visibility map a bulk load leaves unset.
  await client.unsafe("vacuum analyze");
  // The scheduled job keeps rollups current; after a bulk load, bring them up to date now.
  await db.execute(sql`delete from metrics_daily`);
  const rolled = Date.now();
  await refreshMetricRollups(db);
  say(`Metric rollups computed in ${Math.round((Date.now() - rolled) / 1000)} s`);
  say(`Done in ${Math.round((Date.now() - started) / 1000)} s`);
  return "exit";
});
