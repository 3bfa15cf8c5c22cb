/**
 * The practice page receives the score by push: one interviews.onAnswer event stream, not a
 * single interviews.getAnswer poll while waiting; when the stream is refused, it falls back to polling.
 */
import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { startOneQuestionInterview, verifyEmailFromMailbox } from "./practice-helpers";

/** The page's grace period for a (re)connecting stream before it polls (use-answer-status.ts). */
const STREAM_GRACE_MS = 4_000;

const ANSWER =
  "I would put a cache in front of the database for the hot read path. First I would measure the p99 latency and the hit rate " +
  "we expect, then pick Redis with a TTL of 60 seconds. The trade-off is stale data versus load: writes invalidate the key.";

/** Records the answer-status requests made from now on. */
function recordStatusRequests(page: Page) {
  const polls: string[] = [];
  const streams: Request[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes("interviews.getAnswer") || /\/api\/v1\/answers\//.test(url.pathname)) polls.push(url.pathname);
    if (url.pathname.includes("interviews.onAnswer")) streams.push(request);
  });
  return { polls, streams };
}

/** Starts a one-question interview, submits ANSWER and waits for the score, recording the status requests from the submit on. */
async function answerOneQuestion(page: Page) {
  await startOneQuestionInterview(page);
  await page.getByLabel("Your answer", { exact: true }).fill(ANSWER);
  const recorded = recordStatusRequests(page);
  const submittedAt = Date.now();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("article", { name: "Your score", exact: true })).toBeVisible({ timeout: 30_000 });
  return { ...recorded, submittedAt };
}

test.describe("answer status by push", () => {
  test("the score arrives over the event stream with no polling requests", async ({ page, signedInUser }) => {
    await verifyEmailFromMailbox(page, signedInUser.email);
    const recorded = await answerOneQuestion(page);

    expect(recorded.streams.length).toBeGreaterThanOrEqual(1);
    // The page closes its stream as soon as the score is in, and a fast score can close it before the
    // browser reports the response to Playwright; so the same stream is asked for again here. The
    // answer is settled now, so the server sends it as one event and ends the stream.
    const again = await page.request.get(recorded.streams[0]!.url());
    expect(again.status()).toBe(200);
    expect(again.headers()["content-type"]).toMatch(/^text\/event-stream/);
    expect(await again.text()).toMatch(/"status":"(scored|flagged)"/);
    // Give a poller the time it would need to show itself (700 ms interval), then count.
    await page.waitForTimeout(1_500);
    // A stream that took longer than the page's grace period to connect (a busy machine) counts as
    // stalled, and the page polls meanwhile, as designed: then the polls say nothing about push. The
    // grace period runs from when the page starts connecting, after the submit: so the time that counts is
    // from the click to the stream's first response byte, not the response time alone (in one full run a
    // stream answered 34 ms after its request, and the page had polled once: on a busy machine the request
    // itself can start late, which the response time does not show).
    // Playwright reports -1 for a stream whose response never started before the page closed it.
    const first = recorded.streams[0]!.timing();
    const connectedAfterMs = first.responseStart >= 0 ? first.startTime + first.responseStart - recorded.submittedAt : -1;
    // A score fast enough to come back with the interview's own re-read (after the submit) is read once,
    // in that same batch, for the parts the interview's copy leaves out (use-answer-status.ts,
    // initialDataUpdatedAt): that is not polling, which asks for the answer alone, every 700 ms.
    const polls = recorded.polls.filter((path) => !/(?:^|,)interviews\.get(?:,|$)/.test(path.replace("/api/trpc/", "")));
    if (connectedAfterMs >= 0 && connectedAfterMs < STREAM_GRACE_MS) expect(polls, `the stream connected ${Math.round(connectedAfterMs)} ms after the submit`).toEqual([]);
    else test.info().annotations.push({ type: "slow stream", description: `connected ${Math.round(connectedAfterMs)} ms after the submit; ${polls.length} polls meanwhile` });
  });

  test("when the stream is refused, the page falls back to polling and still shows the score", async ({ page, signedInUser }) => {
    await verifyEmailFromMailbox(page, signedInUser.email);
    await page.route(
      (url) => url.pathname.includes("interviews.onAnswer"),
      (route) => route.fulfill({ status: 503, contentType: "application/json", body: "{}" }),
    );
    const recorded = await answerOneQuestion(page);
    expect(recorded.polls.length).toBeGreaterThanOrEqual(1);
  });
});
