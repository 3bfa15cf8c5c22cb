/**
 * The REST side of push: GET /api/v1/answers/{id}?wait= long-polls, GET /api/v1/answers/{id}/events
 * streams server-sent events until the answer is final; both owner only.
 */
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { stopRealtime } from "@/server/realtime/hub";
import { MAX_WAITERS_PER_USER, tryHoldWaiterSlot } from "@/server/realtime/waiter-slots";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { openApiDocument } from "./openapi";
import { handleRestRequest } from "./rest-handler";
import { withRequest } from "./with-request";

const db = connectTestDb();
const handle = withRequest(handleRestRequest);
const BASE = "http://localhost:3999/api/v1";

afterAll(() => stopRealtime());

async function actorWithPendingAnswer(label: string) {
  const { user, caller } = await verifiedTestUser(db, label);
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  const { accessToken } = await issueTokenPair(db, row!);
  const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
  const { answer } = await caller.interviews.submitAnswer({
    id: interview.id,
    questionId: interview.questions[0]!.questionId,
    answer: "I listened to both sides first, then we agreed on a plan with clear owners and checked in after a week.",
  });
  return { token: accessToken, answerId: answer.id, userId: user.id };
}

function get(path: string, token: string, headers: Record<string, string> = {}) {
  return handle(new Request(`${BASE}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } }));
}

/** Reads SSE frames until the stream closes: [{event, id, data}]. */
async function readEvents(response: Response) {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((frame) => frame.trim() && !frame.startsWith(":") && !frame.startsWith("retry:"))
    .map((frame) => {
      const fields = Object.fromEntries(frame.split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]));
      return { event: fields.event, id: fields.id, data: JSON.parse(fields.data ?? "null") as { answer?: { status: string } } };
    });
}

describe("GET /answers/{id}?wait=", () => {
  it("answers as soon as the score is stored", async () => {
    const { token, answerId } = await actorWithPendingAnswer("rest-wait");
    const polling = get(`/answers/${answerId}?wait=20`, token);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await scoreStoredAnswer(db, answerId);
    const storedAt = Date.now();
    const response = await polling;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { answer: { status: string } }).answer.status).toBe("scored");
    expect(Date.now() - storedAt).toBeLessThan(2_000);
  });

  it("returns the pending answer after the wait; refuses a wait over 30 naming it; others get 404", async () => {
    const { token, answerId } = await actorWithPendingAnswer("rest-wait-timeout");
    const started = Date.now();
    const response = await get(`/answers/${answerId}?wait=1`, token);
    expect(((await response.json()) as { answer: { status: string } }).answer.status).toBe("pending");
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);

    const tooLong = await get(`/answers/${answerId}?wait=31`, token);
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(await tooLong.json())).toContain("wait");
    // A number past the safe-integer range names the wait's own limit, not the safe-integer one.
    const huge = await get(`/answers/${answerId}?wait=99999999999999999999`, token);
    expect(huge.status).toBe(400);
    const hugeBody = JSON.stringify(await huge.json());
    expect(hugeBody).toContain("30");
    expect(hugeBody).not.toContain("9007199254740991");

    const other = await actorWithPendingAnswer("rest-wait-other");
    expect((await get(`/answers/${answerId}?wait=5`, other.token)).status).toBe(404);
  });
});

describe("GET /answers/{id}?wait= whose client leaves", () => {
  it("stops waiting when the request is aborted (the procedure gets the request's signal)", async () => {
    const { token, answerId } = await actorWithPendingAnswer("rest-wait-abort");
    const client = new AbortController();
    const started = Date.now();
    const polling = handle(new Request(`${BASE}/answers/${answerId}?wait=20`, { headers: { authorization: `Bearer ${token}` }, signal: client.signal }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    client.abort();
    await polling.catch(() => undefined);
    // Without the signal the wait ran its full 20 s.
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 30_000);
});

describe("GET /answers/{id}/events", () => {
  it("streams the pending answer, then the scored one, then ends", async () => {
    const { token, answerId } = await actorWithPendingAnswer("rest-sse");
    const response = await get(`/answers/${answerId}/events`, token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const reading = readEvents(response);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await scoreStoredAnswer(db, answerId);
    const events = await reading;
    expect(events.map((event) => [event.event, event.data.answer?.status])).toEqual([
      ["answer", "pending"],
      ["answer", "scored"],
      ["end", undefined],
    ]);

    // Reconnecting with the last id: nothing new, just the end.
    const resumed = await readEvents(await get(`/answers/${answerId}/events`, token, { "last-event-id": events[1]!.id! }));
    expect(resumed.map((event) => event.event)).toEqual(["end"]);
  });

  it("is owner only (404), needs a token (401) and a UUID (400), as JSON errors", async () => {
    const { token, answerId } = await actorWithPendingAnswer("rest-sse-owner");
    const other = await actorWithPendingAnswer("rest-sse-other");
    const notYours = await get(`/answers/${answerId}/events`, other.token);
    expect(notYours.status).toBe(404);
    expect(((await notYours.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    const anonymous = await handle(new Request(`${BASE}/answers/${answerId}/events`));
    expect(anonymous.status).toBe(401);
    const badId = await get(`/answers/not-a-uuid/events`, token);
    expect(badId.status).toBe(400);
    expect(((await badId.json()) as { error: { details: unknown } }).error.details).toEqual({ fields: { id: "must be a UUID" } });
  });

  it("answers 429 with Retry-After, not a 200 stream, past the owner's open-waiter cap", async () => {
    const { token, answerId, userId } = await actorWithPendingAnswer("rest-sse-cap");
    const releases = Array.from({ length: MAX_WAITERS_PER_USER }, () => tryHoldWaiterSlot(userId)!);
    try {
      const refused = await get(`/answers/${answerId}/events`, token);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    } finally {
      for (const release of releases) release();
    }
  });

  it("is in the OpenAPI document as text/event-stream, with the long-poll's wait parameter", () => {
    const document = openApiDocument("http://localhost:3999") as unknown as {
      paths: Record<string, { get: { parameters?: Array<{ name: string }>; responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    expect(Object.keys(document.paths["/answers/{id}/events"]!.get.responses["200"]!.content!)).toEqual(["text/event-stream"]);
    expect(document.paths["/answers/{id}"]!.get.parameters!.map((parameter) => parameter.name)).toContain("wait");
  });
});
