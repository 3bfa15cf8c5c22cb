/**
 * The built-in analyzer: neutralise injected text, extract features, check the answer as a whole,
 * score each rubric dimension from its recipe, and write the feedback. A pure function: the same
 * input always gives the same score (no clock, no randomness, no network).
 */
import type { TComponent, TComponentFn, TSignalContext } from "@/server/scoring/builtin/components";
import { acronymStems } from "@/server/scoring/builtin/acronyms";
import { assessConfidence } from "@/server/scoring/builtin/confidence";
import { evaluateRecipe, gateByContent } from "@/server/scoring/builtin/dimension-score";
import { pickEvidence, quotesFor } from "@/server/scoring/builtin/evidence";
import { extractFeatures } from "@/server/scoring/builtin/features";
import { writeComment, writeFeedback, writeImprovements, writeStrengths, type TCommentState, type TScoredDimension } from "@/server/scoring/builtin/feedback";
import { feedbackText } from "@/server/scoring/builtin/feedback-text";
import { checkAnswer, isCodingWithoutSolution, isStoryQuestion } from "@/server/scoring/builtin/flags";
import { writeFollowUp } from "@/server/scoring/builtin/follow-up";
import { applyFocus } from "@/server/scoring/builtin/focus";
import { checkFocus } from "@/server/scoring/builtin/question-focus";
import { findingsAgainstCandidate, scanForInjection } from "@/server/scoring/builtin/injection";
import { expectationFor, minimumWordsFor } from "@/server/scoring/builtin/levels";
import { measurePrecision } from "@/server/scoring/builtin/precision";
import { COMMUNICATION, RECIPES } from "@/server/scoring/builtin/recipes";
import { writeSampleAnswer } from "@/server/scoring/builtin/sample-answer";
import { situationFit } from "@/server/scoring/builtin/situations";
import { askedFunctionCheck, statedGoal } from "@/server/scoring/builtin/stated-goal";
import { stem } from "@/server/scoring/builtin/stem";
import { bestOtherQuestionCoverage, bestTextCoverage } from "@/server/scoring/builtin/term-specificity";
import { findCodeRanges, isStopWord, tokenize } from "@/server/scoring/builtin/text";
import { matchTopic } from "@/server/scoring/builtin/topic";
import { topicPhrase } from "@/server/scoring/builtin/topic-phrase";
import { questionContentStems } from "@/server/scoring/builtin/topic-question";
import { computeTotal, getRubric, RUBRIC_VERSION } from "@/server/contracts/vocabulary/rubrics";
import type { TScore, TScoreFlag } from "@/server/contracts/vocabulary/score";
import { assertAnswerLength, type TScoreInput } from "@/server/scoring/scorer";

export const BUILTIN_PROVIDER = "builtin";
export const BUILTIN_MODEL = "rehearse-analyzer";

/** The most any dimension of an answer that addresses the grader can earn. */
const INJECTION_CAP = 0.1;

/**
 * The signals saturate slowly (a solid answer rarely maxes a component), so raw values sit low on
 * the scale: a sound but thinner answer would read 45/100. A gentle concave curve puts it nearer
 * where an interviewer would (about 55), keeps 0 at 0 and 1 at 1, and never changes which of two
 * dimension values is higher.
 */
const SCALE_EXPONENT = 0.8;

function toScale(value: number): number {
  return Math.pow(Math.max(0, Math.min(1, value)), SCALE_EXPONENT);
}

/** One decimal: fine enough to rank answers, coarse enough to read. */
function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/** How much of a whole answer's content a reply to a follow-up is expected to bring. */
const FOLLOW_UP_EXPECTATION = 0.6;

export function analyzeAnswer(input: TScoreInput): TScore {
  assertAnswerLength(input.answer);
  const answer = input.answer.replace(/\r\n?/g, "\n");
  const scan = scanForInjection(answer, findCodeRanges(answer));
  const attempts = findingsAgainstCandidate(input.question.text, answer, scan.findings);
  // A quoted attack in an answer about prompt injection is content: only real attempts are cut.
  const injection = attempts.length === scan.findings.length ? scan : { findings: attempts, cleaned: answer };
  const features = extractFeatures(injection.cleaned, input.question.text);
  const sentenceStems = features.sentences.map((s) => tokenize(s.text).filter((t) => !isStopWord(t)).map(stem));
  // "WAU" for "weekly active users": the short form names the question's words.
  const acronyms = acronymStems(input.question.text, injection.cleaned);
  const topic = matchTopic(input.question, [...features.allContentStems, ...acronyms], sentenceStems);
  const minimumWords = minimumWordsFor(input.level);
  // A follow-up answer stays on its parent question's subject, which a bank question may share: it is
  // compared with the parent's other follow-ups instead.
  const answerStems = new Set(features.allContentStems);
  const otherFit =
    input.focusDimension === undefined
      ? bestOtherQuestionCoverage(input.rubric, input.question.text, answerStems)
      : bestTextCoverage((input.question.followUps ?? []).map((item) => item.text), answerStems);
  const storyQuestion = isStoryQuestion(input.question.text, input.rubric);
  const situation = storyQuestion ? situationFit(input.question.text, injection.cleaned) : null;
  const questionStems = questionContentStems(input.question.text);
  const focus = storyQuestion ? null : checkFocus(input.question.text, questionStems, sentenceStems.flat(), acronyms, injection.cleaned);
  const goal = statedGoal(injection.cleaned, input.question.text);
  const checks = {
    ...checkAnswer(features, topic, minimumWords, storyQuestion, otherFit, situation, goal, focus, askedFunctionCheck(input.question.text, injection.cleaned)),
    noSolution: isCodingWithoutSolution(features, input.rubric),
  };
  const precision = measurePrecision(features, input.question.text);
  // A follow-up asks one narrow thing, and a good reply says it in a paragraph: its counts saturate sooner.
  const expectation = expectationFor(input.level) * (input.focusDimension === undefined ? 1 : FOLLOW_UP_EXPECTATION);
  const ctx: TSignalContext = { features, topic, checks, expectation, minimumWords, precision };

  const rubric = getRubric(input.rubric);
  const recipes = RECIPES[input.rubric];
  const cache = new Map<TComponentFn, TComponent>();
  const raws = rubric.dimensions.map((dimension) => {
    const recipe = recipes[dimension.key] ?? [];
    return { dimension, recipe, raw: evaluateRecipe(recipe, ctx, cache) };
  });
  const content = raws.filter((r) => r.recipe !== COMMUNICATION);
  const contentMean = content.reduce((sum, r) => sum + r.raw.value, 0) / Math.max(1, content.length);

  const focused = applyFocus(
    raws.map(({ recipe, raw }) => (recipe === COMMUNICATION ? gateByContent(raw.value, contentMean) : raw.value)),
    raws.map((r) => r.dimension.key),
    input.focusDimension,
  );
  const scored: Array<TScoredDimension & { evidence: number[] }> = raws.map(({ dimension, raw }, index) => {
    const gated = focused[index] ?? 0;
    // Addressing the grader is treated as an interviewer treats gaming the interview: whatever
    // else the answer holds, it scores at most like a poor answer.
    // Capped answers (off topic, too short, no answer) keep their caps as they are.
    const capped = checks.offTopic || checks.tooShort || checks.noAnswer;
    const value = injection.findings.length > 0 ? Math.min(gated, INJECTION_CAP) : capped ? gated : toScale(gated);
    const score = roundScore(value * dimension.max);
    const credited = score >= dimension.max * 0.3 && !checks.offTopic && injection.findings.length === 0;
    return {
      key: dimension.key,
      label: dimension.label,
      max: dimension.max,
      score,
      ratio: score / dimension.max,
      parts: raw.parts,
      evidence: credited ? pickEvidence(raw.parts, value >= 0.5) : [],
    };
  });

  const flags: TScoreFlag[] = [];
  if (injection.findings.length > 0) flags.push("possible_prompt_injection");
  if (checks.noAnswer) flags.push("no_answer");
  if (checks.offTopic) flags.push("off_topic");
  if (checks.tooShort) flags.push("too_short");
  if (checks.isPadding) flags.push("padding");

  const text = feedbackText(input.feedbackLanguage);
  const quotes = scored.map((d) => quotesFor(features.sentences, d.evidence));
  const state: TCommentState = {
    text,
    checks,
    quoted: new Set(scored.flatMap((d) => d.evidence)),
    quotedText: quotes.flat().join("\n"),
    advised: new Set(),
    praised: new Set(),
  };
  const commented = scored.map((d) => ({ ...d, ...writeComment(d, state) }));
  const dimensions = commented.map((d, index) => ({
    key: d.key,
    label: d.label,
    score: d.score,
    max: d.max,
    comment: d.comment,
    evidence: quotes[index] ?? [],
  }));
  const total = computeTotal(dimensions);
  const phrase = topicPhrase(input.question.text);

  return {
    total,
    dimensions,
    strengths: writeStrengths(commented, checks, text),
    improvements: writeImprovements(commented, checks, text),
    feedback: writeFeedback({ total, dimensions: scored, checks, injected: injection.findings.length > 0, topic: phrase, text }),
    sampleAnswer: writeSampleAnswer(input.question, input.rubric, phrase, text),
    followUp: writeFollowUp(input.rubric, scored, input.question.followUps ?? [], text),
    flags,
    scoredBy: { provider: BUILTIN_PROVIDER, model: BUILTIN_MODEL, rubricVersion: RUBRIC_VERSION },
    tokens: null,
    latencyMs: 0,
    confidence: assessConfidence({ rubric: input.rubric, features, checks, topic, minimumWords, injected: injection.findings.length > 0, text }),
    language: text.language,
  };
}
