/**
 * Replies to bank follow-ups, written for this test: a direct reply, a thin one, and one that answers
 * another follow-up of the same question. A follow-up asks one narrow thing, so a direct paragraph
 * (or the list a "what would you log?" asks for) must score like a sound answer, not like a fragment
 * of the main answer (found in the browser: a correct reply about logging scored 3 of 100).
 */
import { describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { buildScoreInput } from "./score-input";

// [follow-up asked, direct reply, thin reply, reply to another follow-up of the same question]
const CASES: ReadonlyArray<readonly [string, string, string, string]> = [
  ["What exactly is shared between two threads of the same process, and what is not?",
   "They share the process's heap, its global variables, open file descriptors and the code itself. Each thread has its own stack, its own registers and program counter, and its own thread-local storage. That is why two threads can both see a global counter and corrupt it without a lock, while a local variable inside a function is safe, because it lives on that thread's stack.",
   "They share memory but not the stack.",
   "I would use processes for CPU-heavy image resizing in Python because the GIL stops threads from running Python code in parallel, and async I/O only helps when the work is waiting on the network."],
  ["When is mocking the database in a test a bad idea?",
   "When the behaviour you care about lives in the database itself: a unique constraint, a transaction's isolation, a migration, or a query whose SQL might be wrong. A mock returns whatever you told it to, so the test passes while the real query fails. For a repository layer or anything with non-trivial SQL I'd run against a real Postgres in a container; mocks are fine for pure business logic that only needs some rows back.",
   "When you need the real database.",
   "For a small shop I'd write a unit test for the price calculation, an integration test for placing an order against the database, and one end-to-end test of checkout in the browser."],
  ["What would you log on every request, and what would you deliberately not log?",
   "On every request: request id, route, status, latency, user id (hashed), and downstream call timings. I would not log passwords, tokens, full card numbers or personal data like emails, because logs are widely accessible and retained; I'd redact at the logger level.",
   "Errors and some info.",
   "I'd set an SLO of 99.9% of requests under 300 ms over 30 days and alert when the error budget burns fast."],
  ["Dark mode has the most requests, but faster load times may matter more for retention. Which do you pick, and why?",
   "I'd pick faster load times. Dark mode is the loudest request, but the people asking for it are mostly people who already stay. Slow loads hit everyone, and new users leave before they ever ask for anything. I'd check that by comparing retention for users whose first session loaded slowly against fast ones; if the gap is real, speed wins, and dark mode can follow next quarter.",
   "Load times, they matter more.",
   "To learn who wants PDF export I'd look at the accounts that asked, then interview five of them about what they do with the exported file."],
  ["What was the first concrete thing you did differently after hearing it?",
   "The next morning I rewrote my status update. Instead of a list of everything I'd touched, I opened with the one decision I needed from my lead and the risk if we waited, then the details below. She replied within an hour that day, which had never happened with my old updates, and I've kept that format since.",
   "I tried to listen better.",
   "My manager told me my updates were too long and buried the important part."],
  ["Did you tell anyone that a deadline was at risk? What did you say, and when?",
   "Yes, on the Tuesday, three days before, I messaged the client lead: the report would be ready Friday but without the regional breakdown, which needed another week. I offered two options, send it without that section on time or send the full report the next Wednesday. She chose the partial one on time, and I added the breakdown the week after.",
   "Yes, I told my manager.",
   "In the end the report went out on time and the presentation was a week late, which nobody minded."],
];

function scoreReply(followUp: string, text: string) {
  const q = SEED_QUESTIONS.find((item) => item.followUps.some((f) => f.text === followUp));
  if (!q) throw new Error(`no bank question asks ${followUp}`);
  const question = { text: q.text, keyPoints: q.keyPoints, sampleAnswer: q.sampleAnswer, tags: q.tags, followUps: q.followUps };
  return analyzeAnswer(buildScoreInput({ track: q.track, level: q.level, question, answer: { kind: "follow_up", prompt: followUp, text } }));
}

describe("replies to follow-ups", () => {
  const scored = CASES.map(([followUp, direct, thin]) => ({ followUp, direct: scoreReply(followUp, direct), thin: scoreReply(followUp, thin) }));

  it.each(scored.map((s) => [s.followUp, s] as const))("a direct reply scores well above a thin one (%s)", (_, { direct, thin }) => {
    expect(direct.total).toBeGreaterThanOrEqual(thin.total + 10);
    expect(direct.flags).not.toContain("off_topic");
  });

  it("direct replies score like sound answers, not like fragments (median at least 40)", () => {
    const totals = scored.map((s) => s.direct.total).sort((a, b) => a - b);
    expect(totals[Math.floor(totals.length / 2)]).toBeGreaterThanOrEqual(40);
  });

  it("a reply to another follow-up of the same question does not beat the direct reply by much (known limit: same subject, different ask)", () => {
    const beaten = CASES.filter(([followUp, direct, , other]) => scoreReply(followUp, other).total > scoreReply(followUp, direct).total);
    // Today one of six: the threads reply answers "threads or processes?" under "what do threads share?".
    expect(beaten.length).toBeLessThanOrEqual(1);
  });
});
