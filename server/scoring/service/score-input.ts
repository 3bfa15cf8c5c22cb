/**
 * What the scorer sees for a stored answer. A main answer is graded against the bank question: its
 * key points, sample answer and hand-written follow-ups. A follow-up answer is graded as an answer
 * to the follow-up that was asked, focused on the rubric dimension that follow-up probes.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviews, questions, scores, users } from "@/db/schema";
import { stem } from "@/server/scoring/builtin/stem";
import { tokenize } from "@/server/scoring/builtin/text";
import { QUESTION_FRAME_WORDS, STOP_WORDS } from "@/server/scoring/builtin/word-lists";
import { findBankFollowUp, normaliseFollowUp, type TFollowUp } from "@/server/contracts/vocabulary/follow-ups";
import type { TScoreInput } from "@/server/scoring/scorer";
import { withCodeTests } from "@/server/scoring/code-tests-input";
import { localizeOne } from "@/server/questions/translations";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { RUBRIC_VERSION } from "@/server/contracts/vocabulary/rubrics";

type TBankQuestion = { text?: string; keyPoints: string[]; sampleAnswer: string; tags: string[]; followUps: TFollowUp[] };
type TDimensionResult = { key: string; score: number; max: number };

/** Words that occur in any follow-up ("your", "approach", "code") and say nothing about which key point it is about. */
const FOLLOW_UP_FILLER = new Set(["answer", "solution", "code", "case", "use", "make", "instead", "first", "next", "exactly"]);

function topicStems(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((token) => token.length >= 3 && !STOP_WORDS.has(token) && !QUESTION_FRAME_WORDS.has(token) && !FOLLOW_UP_FILLER.has(token))
      .map(stem),
  );
}

/**
 * The original question's key points that the follow-up is about (they share a topic word). A
 * follow-up probes one aspect, so grading it against every key point of the main question would
 * mark a good, focused reply down for not repeating the whole answer; the key points it does touch
 * still tell the scorer what a strong reply contains. None may survive, and that is fine.
 */
export function relevantKeyPoints(followUpText: string, keyPoints: readonly string[]): string[] {
  const wanted = topicStems(followUpText);
  return keyPoints.filter((point) => [...topicStems(point)].some((word) => wanted.has(word)));
}

/** The dimension with the lowest share of its maximum; the rubric's order breaks ties. */
export function weakestDimension(dimensions: readonly TDimensionResult[]): string | undefined {
  let weakest: TDimensionResult | undefined;
  for (const dimension of dimensions) {
    if (dimension.max <= 0) continue;
    if (!weakest || dimension.score / dimension.max < weakest.score / weakest.max) weakest = dimension;
  }
  return weakest?.key;
}

/**
 * The scoring input for one stored answer. For a follow-up answer, `prompt` is the follow-up that was
 * asked. Its dimension comes from the bank follow-up with the same text; a generic follow-up (the
 * built-in analyzer's own) or an AI-written one has no bank dimension, and then the focus is the
 * weakest dimension of the main answer's score that asked it: both the analyzer and the AI prompt
 * write their follow-up to probe exactly that dimension. No main score at all: no focus.
 */
export function buildScoreInput(args: {
  track: TTrack;
  level: TLevel;
  question: TBankQuestion;
  answer: { kind: TAnswerKind; prompt: string; text: string };
  /** Dimensions of the main answer's score that asked this follow-up (follow-up answers only). */
  askedBy?: readonly TDimensionResult[] | null;
}): TScoreInput {
  const { track, level, question, answer } = args;
  if (answer.kind === "answer") {
    return {
      rubric: track,
      level,
      question: { text: answer.prompt, keyPoints: question.keyPoints, sampleAnswer: question.sampleAnswer, tags: question.tags, followUps: question.followUps },
      answer: answer.text,
    };
  }
  const asked = findBankFollowUp(question.followUps, answer.prompt);
  const focusDimension = asked?.dimension ?? (args.askedBy ? weakestDimension(args.askedBy) : undefined);
  const askedKey = normaliseFollowUp(answer.prompt);
  return {
    rubric: track,
    level,
    question: {
      text: answer.prompt,
      keyPoints: relevantKeyPoints(answer.prompt, question.keyPoints),
      // The sample answer answers the main question, not this one: left out so it is not the yardstick,
      // but with the main question it is the subject the reply talks about (vocabulary only).
      tags: question.tags,
      context: [question.text ?? "", question.sampleAnswer].join("\n").trim(),
      // What an interviewer could ask next: the bank's other follow-ups, never the one just answered.
      followUps: question.followUps.filter((item) => normaliseFollowUp(item.text) !== askedKey),
    },
    answer: answer.text,
    ...(focusDimension ? { focusDimension } : {}),
  };
}

/** The answer with its question, interview and scored flag; built once per database handle (see loadScoreInput). */
function scoreInputQuery(db: TDbOrTx) {
  return db
    .select({
      answer: answers,
      // The question's own track picks the rubric: a tailored interview (job target) mixes tracks; elsewhere they are equal.
      track: questions.track,
      level: interviews.level,
      language: interviews.language,
      // A score stored after completion must recompute the overall (score-stored-answer.ts repairs a retry's).
      interviewStatus: interviews.status,
      // The words of the score follow the candidate's interface language now (it may have changed since the interview began).
      userLanguage: users.language,
      questionId: questions.id,
      questionText: questions.text,
      keyPoints: questions.keyPoints,
      sampleAnswer: questions.sampleAnswer,
      tags: questions.tags,
      followUps: questions.followUps,
      coding: questions.coding,
      // Whether this rubric version's score is stored already (the scoring job then has nothing to do).
      scored: sql<boolean>`exists (select 1 from ${scores} where ${scores.answerId} = ${answers.id} and ${scores.rubricVersion} = ${RUBRIC_VERSION})`,
    })
    .from(answers)
    .innerJoin(interviews, eq(interviews.id, answers.interviewId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .leftJoin(users, eq(users.id, interviews.userId))
    .where(eq(answers.id, sql.placeholder("answerId")))
    .prepare("load_score_input");
}

// Drizzle builds a query's SQL on every run unless prepared: for the scoring job's first read that was
// a visible share of the worker's CPU per answer (docs/performance.md, sixth session).
const scoreInputQueries = new WeakMap<TDbOrTx, ReturnType<typeof scoreInputQuery>>();

/** Loads a stored answer with its question and, for a follow-up answer, the main score that asked it. */
export async function loadScoreInput(db: TDbOrTx, answerId: string) {
  let query = scoreInputQueries.get(db);
  if (!query) scoreInputQueries.set(db, (query = scoreInputQuery(db)));
  const [row] = await query.execute({ answerId });
  if (!row) return null;
  const askedBy = row.answer.kind === "follow_up" ? await mainScoreDimensions(db, row.answer.interviewQuestionId, row.answer.prompt) : null;
  // Key points, sample answer and follow-ups in the interview's language (English where not translated).
  const question = await localizeOne(db, row.questionId, { text: row.questionText, keyPoints: row.keyPoints, sampleAnswer: row.sampleAnswer, followUps: row.followUps }, row.language);
  const input = buildScoreInput({
    track: row.track,
    level: row.level,
    question: { text: question.text, keyPoints: question.keyPoints, sampleAnswer: question.sampleAnswer, tags: row.tags, followUps: question.followUps },
    answer: row.answer,
    askedBy,
  });
  // No saved preference (the interface follows the browser): the language the interview was started in.
  const feedbackLanguage = row.userLanguage ?? row.language;
  return { answer: row.answer, input: await withCodeTests({ ...input, feedbackLanguage }, row.answer, row.coding), track: row.track, scored: row.scored, interviewStatus: row.interviewStatus };
}

/** The main answer's score whose follow-up is this prompt; else the latest main score of the item. */
async function mainScoreDimensions(db: TDbOrTx, interviewQuestionId: string, prompt: string): Promise<TDimensionResult[] | null> {
  const [score] = await db
    .select({ dimensions: scores.dimensions })
    .from(scores)
    .innerJoin(answers, eq(answers.id, scores.answerId))
    .where(and(eq(answers.interviewQuestionId, interviewQuestionId), eq(answers.kind, "answer")))
    .orderBy(sql`(${scores.followUp} = ${prompt}) desc nulls last`, desc(answers.attempt), desc(scores.createdAt))
    .limit(1);
  return score?.dimensions ?? null;
}
