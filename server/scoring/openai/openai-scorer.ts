/**
 * The OpenAI-compatible scorer: structured outputs validated with Zod and range-checked, its own
 * retry loop, an optional double grading for consistency, every call recorded, and the built-in
 * analyzer as the fallback when the model cannot produce a usable grade.
 */
import OpenAI from "openai";
import { performance } from "node:perf_hooks";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { buildAiScore } from "@/server/scoring/openai/build-ai-score";
import type { TCallRequest } from "@/server/scoring/openai/call-model";
import { gradeWithRetries, type TGradeResult, type TRetryPolicy } from "@/server/scoring/openai/grade";
import { guardInjectedScore } from "@/server/scoring/openai/injection-guard";
import type { TModelOutput } from "@/server/scoring/openai/model-output-schema";
import { answerForModel } from "@/server/scoring/openai/neutral-answer";
import { buildMessages } from "@/server/scoring/openai/prompt";
import type { TAdmission, TProviderOutcome } from "@/server/scoring/openai/provider-health";
import { MAX_TEMPERATURE, OPENAI_DEFAULTS, type AiCallRecord, type TOpenAiScorerConfig, type TScoreCallOptions } from "@/server/scoring/openai/types";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import { ZScoreSchema, type TScore } from "@/server/contracts/vocabulary/score";
import { assertAnswerLength, type Scorer, type TScoreInput } from "@/server/scoring/scorer";

export type TOpenAiScoreResult = {
  score: TScore;
  /** Why the built-in analyzer scored instead of the model (not part of the public score). */
  fallbackReason?: string;
  /** With fallbackReason: the provider was unavailable (not the model's output), so an AI re-grade later may succeed. */
  providerDown?: boolean;
  calls: AiCallRecord[];
};

export type TOpenAiScorer = Scorer & {
  /** Like score(), plus the fallback reason and every call record; `options.ledger` records spend ahead of each call. */
  scoreWithDetails(input: TScoreInput, options?: TScoreCallOptions): Promise<TOpenAiScoreResult>;
};

function validateConfig(config: TOpenAiScorerConfig): void {
  const temperature = config.temperature ?? OPENAI_DEFAULTS.temperature;
  if (!(temperature >= 0 && temperature <= MAX_TEMPERATURE)) {
    throw new RangeError(`temperature must be between 0 and ${MAX_TEMPERATURE}, got ${temperature}`);
  }
  const maxRetries = config.maxRetries ?? OPENAI_DEFAULTS.maxRetries;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new RangeError(`maxRetries must be a whole number >= 0, got ${maxRetries}`);
  const timeoutMs = config.timeoutMs ?? OPENAI_DEFAULTS.timeoutMs;
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);
  if (config.model.trim().length === 0) throw new RangeError("model must not be empty");
}

function sumTokens(calls: readonly AiCallRecord[]): { input: number; output: number } {
  return calls.reduce((sum, c) => ({ input: sum.input + c.inputTokens, output: sum.output + c.outputTokens }), { input: 0, output: 0 });
}

/**
 * What the grades say about the provider: a grade means up; else a provider-down failure of a call that was
 * sent means down (one that timed out in our own limiter's queue says nothing); an answer of any kind means up.
 */
function providerOutcome(grades: readonly TGradeResult[]): TProviderOutcome {
  if (grades.some((grade) => grade.ok)) return { kind: "up" };
  for (const grade of grades) if (!grade.ok && grade.sentAndDown) return { kind: "down", reason: grade.reason };
  return grades.some((grade) => !grade.ok && grade.answered) ? { kind: "up" } : { kind: "unknown" };
}

/** Without a health window every scoring may call; nothing is reported. */
const ALWAYS_ADMITTED: TAdmission = { call: true, probe: false, report: () => {} };

export function createOpenAiScorer(config: TOpenAiScorerConfig): TOpenAiScorer {
  validateConfig(config);
  // The SDK's own retries are off: this module decides what is worth retrying.
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs ?? OPENAI_DEFAULTS.timeoutMs,
    maxRetries: 0,
  });
  const now = config.now ?? (() => performance.now());
  const policy: TRetryPolicy = {
    maxRetries: config.maxRetries ?? OPENAI_DEFAULTS.maxRetries,
    baseDelayMs: config.retryBaseDelayMs ?? OPENAI_DEFAULTS.retryBaseDelayMs,
    maxDelayMs: config.retryMaxDelayMs ?? OPENAI_DEFAULTS.retryMaxDelayMs,
  };
  const doubleCheck = config.doubleCheck ?? OPENAI_DEFAULTS.doubleCheck;

  /** The built-in analyzer's score, flagged ai_fallback, with why the model did not grade. */
  function builtinFallback(input: TScoreInput, calls: AiCallRecord[], started: number, reason: string, providerDown: boolean): TOpenAiScoreResult {
    const fallback = analyzeAnswer(input);
    const tokens = sumTokens(calls);
    const score: TScore = {
      ...fallback,
      flags: [...new Set([...fallback.flags, "ai_fallback" as const])],
      tokens: tokens.input + tokens.output > 0 ? tokens : null,
      latencyMs: Math.max(0, Math.round(now() - started)),
    };
    return { score: ZScoreSchema.parse(score), fallbackReason: reason, providerDown, calls };
  }

  async function scoreWithDetails(input: TScoreInput, options: TScoreCallOptions = {}): Promise<TOpenAiScoreResult> {
    assertAnswerLength(input.answer);
    const started = now();
    // While the provider is down (provider-health.ts) the candidate gets the built-in score at once,
    // provisional, instead of waiting a whole deadline for a call that would fail too.
    const admission = config.health?.admit() ?? ALWAYS_ADMITTED;
    if (!admission.call) return builtinFallback(input, [], started, admission.reason, true);
    try {
      return await gradeAndBuild(input, options, started, admission);
    } finally {
      // A scoring that threw learned nothing about the provider; a probe must not stay out for ever.
      admission.report({ kind: "unknown" });
    }
  }

  async function gradeAndBuild(
    input: TScoreInput,
    options: TScoreCallOptions,
    started: number,
    admission: Extract<TAdmission, { call: true }>,
  ): Promise<TOpenAiScoreResult> {
    const calls: AiCallRecord[] = [];
    const report = async (record: AiCallRecord): Promise<void> => {
      calls.push(record);
      try {
        await config.onCall?.(record);
      } catch {
        // A failing metrics sink must not cost the candidate their score.
      }
    };

    const rubric = getRubric(input.rubric);
    // The model never sees injected text: it gets the answer with those spans cut out. The
    // detector's verdict is a fact about the text, whatever the model says afterwards.
    const neutral = answerForModel(input.answer, input.question.text);
    const request: TCallRequest = {
      signal: AbortSignal.timeout(config.timeoutMs ?? OPENAI_DEFAULTS.timeoutMs),
      limiter: config.limiter,
      ledger: options.ledger,
      client,
      model: config.model,
      temperature: config.temperature ?? OPENAI_DEFAULTS.temperature,
      priceTable: config.priceTable,
      rubric,
      messages: buildMessages(rubric, { ...input, answer: neutral.text }),
      now,
    };

    // The double check's two grades run at once (one deadline for both): a second opinion should not
    // double the candidate's wait. If only one succeeds, it stands alone: valid, only unconfirmed.
    const grades = await Promise.all(
      doubleCheck ? [gradeWithRetries(request, policy, report), gradeWithRetries(request, policy, report)] : [gradeWithRetries(request, policy, report)],
    );
    // Reported once (later reports are ignored): what these calls showed of the provider's health.
    admission.report(providerOutcome(grades));
    const succeeded = grades.flatMap((grade) => (grade.ok ? [grade.output] : []));
    const first = grades[0]!;
    if (succeeded.length === 0 && !first.ok) return builtinFallback(input, calls, started, first.reason, first.providerDown);

    const outputs = succeeded as [TModelOutput, ...TModelOutput[]];
    const aiScore = buildAiScore({
      input,
      rubric,
      outputs,
      cleanedAnswer: neutral.text,
      injectionDetected: neutral.injectedTexts.length > 0,
      model: config.model,
      tokens: sumTokens(calls),
      latencyMs: Math.max(0, Math.round(now() - started)),
    });
    const score = aiScore.flags.includes("possible_prompt_injection")
      ? guardInjectedScore({ score: aiScore, builtin: analyzeAnswer(input), injectedTexts: neutral.injectedTexts }).score
      : aiScore;
    return { score: ZScoreSchema.parse(score), calls };
  }

  return {
    id: `openai:${config.model}`,
    scoreWithDetails,
    async score(input: TScoreInput): Promise<TScore> {
      return (await scoreWithDetails(input)).score;
    },
  };
}
