/**
 * The landing page's example: a bank question, a candidate's answer to it, and the score the
 * built-in analyzer gives that answer. Nothing here is a hand-written number: the score is computed
 * by the same analyzer that scores real answers, once per server process (it is deterministic, so
 * every render and the Open Graph image show the same card).
 */
import { SEED_QUESTIONS, type SeedQuestion } from "@/db/seed/questions";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { LEVEL_NAMES, TRACK_NAMES } from "@/server/contracts/vocabulary/tracks";

const SAMPLE_SLUG = "bh-disagreed-with-your-manager";

/** A good, not perfect, answer: its reflection is thin, so the card shows what to improve too. */
const SAMPLE_ANSWER = `Last year I was a junior developer on the payments team. My manager decided we would move our nightly billing job to a new queue system two weeks before the end of the quarter, which is our busiest billing period.

I disagreed because the old job had run without failures for a year, and the new system had no monitoring yet. I asked my manager for a short one-on-one instead of arguing in the stand-up. First I asked why the timing mattered to her, and she explained that the old servers were being shut down at the end of the month. Then I showed her the numbers: about 40,000 invoices go out in the last three days of the quarter, and one failed run would delay all of them. I proposed a compromise: we migrate now, but run the old job in parallel for two weeks and compare the outputs every night.

She agreed. I wrote the comparison script and set up alerts. In the second week the comparison caught a time zone bug that would have sent 300 invoices a day late. We fixed it before the quarter ended and every invoice went out on time.

I learned to ask about the other person's constraints before arguing, and to come with a cheap way to reduce the risk instead of just saying no.`;

export interface TSampleFeedback {
  question: SeedQuestion;
  trackName: string;
  levelName: string;
  answer: string;
  score: TScore;
}

let cached: TSampleFeedback | undefined;

export function sampleFeedback(): TSampleFeedback {
  if (cached) return cached;
  const question = SEED_QUESTIONS.find((candidate) => candidate.slug === SAMPLE_SLUG);
  // The bank is code: a renamed slug must fail the build and the tests, not show an empty card.
  if (!question) throw new Error(`The landing page's sample question ${SAMPLE_SLUG} is not in the question bank.`);
  const score = analyzeAnswer({
    rubric: question.track,
    level: question.level,
    question: {
      text: question.text,
      keyPoints: question.keyPoints,
      sampleAnswer: question.sampleAnswer,
      tags: question.tags,
      followUps: question.followUps,
    },
    answer: SAMPLE_ANSWER,
  });
  cached = { question, trackName: TRACK_NAMES[question.track], levelName: LEVEL_NAMES[question.level], answer: SAMPLE_ANSWER, score };
  return cached;
}
