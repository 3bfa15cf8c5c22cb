/**
 * A REST request that fails unexpectedly (500 INTERNAL) leaves one error line carrying its request id,
 * the error's stack and PostgreSQL's own fields, and nothing of the request's body; a 4xx leaves none.
 * The failure is a real one: a trigger on users raises for one marked name, so PATCH /me fails in
 * PostgreSQL, through Drizzle and the lean REST path, as a constraint would.
 */
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/server/db";
import { getEnv } from "@/server/env";
import { errorCauseFields } from "@/server/logger";
import { connectTestDb } from "@/test/helpers/db";
import { bearerTestUser } from "@/test/helpers/rest-actor";
import { handleRestRequest } from "./rest-handler";
import { withRequest } from "./with-request";

const db = connectTestDb();
const rest = withRequest(handleRestRequest);
/** Only this name fails, so other files sharing the database never meet the trigger. */
const EXPLODING_NAME = `explode-${randomUUID()}`;
const TRIGGER = `test_unexpected_${randomUUID().replaceAll("-", "")}`;

beforeAll(async () => {
  await db.execute(
    sql.raw(`create function ${TRIGGER}() returns trigger language plpgsql as $$
      begin
        if new.name = '${EXPLODING_NAME}' then
          raise exception 'name refused by test trigger' using errcode = 'check_violation', detail = 'a fixed detail', constraint = 'test_name_rule', table = 'users';
        end if;
        return new;
      end $$`),
  );
  await db.execute(sql.raw(`create trigger ${TRIGGER} before update on users for each row execute function ${TRIGGER}()`));
});

afterAll(async () => {
  await db.execute(sql.raw(`drop trigger if exists ${TRIGGER} on users`));
  await db.execute(sql.raw(`drop function if exists ${TRIGGER}()`));
  await closeDb();
});

/** The app logger's lines for one request (LOG_FILE gets every line from info up, written synchronously). */
function logLines(requestId: string): Record<string, unknown>[] {
  return fs
    .readFileSync(getEnv().LOG_FILE!, "utf8")
    .split("\n")
    .filter((line) => line.includes(requestId))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const patchMe = (authorization: string, requestId: string, body: unknown) =>
  rest(new Request("http://localhost:3999/api/v1/me", { method: "PATCH", headers: { authorization, "content-type": "application/json", "x-request-id": requestId }, body: JSON.stringify(body) }));

describe("logging a REST request's unexpected error", () => {
  it("logs a 500 once, at error level, with the request id, the stack and PostgreSQL's fields, without the body", async () => {
    const { authorization } = await bearerTestUser(db, "unexpected-log");
    const requestId = `test-unexpected-${randomUUID()}`;
    const response = await patchMe(authorization, requestId, { name: EXPLODING_NAME });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: "INTERNAL" }, requestId });

    const errors = logLines(requestId).filter((line) => line.level === 50);
    expect(errors).toHaveLength(1);
    const [line] = errors as [{ requestId: string; msg: string; err: { stack: string; message: string }; pg: Record<string, string> }];
    expect(line.requestId).toBe(requestId);
    expect(line.msg).toBe("unhandled error in REST request");
    expect(line.err.stack).toContain("\n    at ");
    expect(line.pg).toEqual({ code: "23514", message: "name refused by test trigger", detail: "a fixed detail", constraint: "test_name_rule", table: "users" });
    // The body (here in the statement's bound values) and the token never reach the line.
    const text = JSON.stringify(errors);
    expect(text).not.toContain(EXPLODING_NAME);
    expect(text).not.toContain(authorization.slice("Bearer ".length));
  });

  it("logs no error line for a 4xx", async () => {
    const { authorization } = await bearerTestUser(db, "expected-4xx");
    const requestId = `test-4xx-${randomUUID()}`;
    const response = await patchMe(authorization, requestId, { name: 42 });
    expect(response.status).toBe(400);
    expect(logLines(requestId).filter((line) => (line.level as number) >= 50)).toEqual([]);
  });

  it("gives a failed job try the PostgreSQL error under Drizzle's 'Failed query'", async () => {
    // What the worker's "job try failed" line adds: a real foreign-key violation through Drizzle.
    const missingAnswer = randomUUID();
    const failed = await db.execute(sql`insert into scores (answer_id, rubric_version, track, total, dimensions, strengths, improvements, feedback, sample_answer, provider, model, latency_ms)
      values (${missingAnswer}, 'v', 'coding', 1, '[]', '{}', '{}', '', '', 'p', 'm', 1)`).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect((failed as Error).message).toContain("Failed query");
    expect(errorCauseFields(failed)).toMatchObject({ cause: expect.stringContaining("PostgresError") as unknown, pg: { code: "23503", table: "scores", constraint: expect.stringContaining("answer_id") as unknown } });
    // PostgreSQL's detail names the key's columns but its values (an id here, an email elsewhere) stay out of the log.
    const detail = errorCauseFields(failed).pg?.detail ?? "";
    expect(detail).toContain("answer_id");
    expect(detail).not.toContain(missingAnswer);
  });
});
