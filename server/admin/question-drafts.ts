/**
 * "Generate drafts with AI": asks the configured OpenAI-compatible model for new questions of a
 * track and level, validates each with the question-bank schema, and stores them INACTIVE
 * (source ai_draft) for an admin to review, edit and activate. Cost is recorded like any model call.
 */
import crypto from "node:crypto";
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import type { TDatabase } from "@/db";
import { questions } from "@/db/schema";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { callCostUsd } from "@/server/scoring/openai/cost";
import { modelConfigFromEnv, type TModelConfig } from "@/server/scoring/openai/model-config";
import { DEFAULT_PRICES } from "@/server/scoring/service/engine";
import { recordAiUsage } from "@/server/scoring/service/record-ai-usage";
import { LEVEL_NAMES, TRACK_NAMES, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { audit, type TActor } from "./audit";
import { ZQuestionInputSchema } from "@/server/contracts/admin";

const ZDraftSchema = z.object({
  text: z.string(),
  tags: z.array(z.string()),
  difficulty: z.number().int(),
  keyPoints: z.array(z.string()),
  sampleAnswer: z.string(),
});
const ZDraftsSchema = z.object({ questions: z.array(ZDraftSchema) });

const SHORT: Record<TTrack, string> = { product_management: "pm", software_engineering: "swe", behavioral: "bh", coding: "code" };

export async function generateQuestionDrafts(
  db: TDatabase,
  actor: TActor,
  input: { track: TTrack; level: TLevel; count: number },
  config: TModelConfig | null = modelConfigFromEnv(),
): Promise<{ created: number; skipped: number; ids: string[] }> {
  if (!config) throw new AppError("CONFLICT", "No AI provider is configured on this server (set OPENAI_API_KEY).");
  const client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeout: config.timeoutMs ?? 60_000, maxRetries: 1 });
  const started = performance.now();
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = await client.chat.completions.create({
      model: config.model,
      temperature: 0.7,
      response_format: zodResponseFormat(ZDraftsSchema, "question_drafts"),
      messages: [
        {
          role: "system",
          content:
            "You write interview questions for a practice platform. Each question is one a real interviewer would ask at the given level. " +
            "For each: the question text (1–4 sentences), 2–4 lowercase kebab-case tags, difficulty 1–5 fitting the level, 4–6 key points an " +
            "excellent answer covers (concrete terms), and an excellent sample answer of 150–300 words.",
        },
        { role: "user", content: `Write ${input.count} new ${TRACK_NAMES[input.track]} interview questions for the ${LEVEL_NAMES[input.level]} level.` },
      ],
    });
  } catch (error) {
    await recordAiUsage(db, [{ provider: "openai", model: config.model, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: performance.now() - started, outcome: "error" }], {
      purpose: "question_drafts",
      userId: actor.id,
    });
    throw new AppError("SERVICE_UNAVAILABLE", `The AI provider did not answer: ${error instanceof Error ? error.message : String(error)}`).withText("server.aiProviderFailed");
  }
  const usage = completion.usage;
  const inputTokens = usage?.prompt_tokens ?? 0;
  const outputTokens = usage?.completion_tokens ?? 0;
  const parsed = ZDraftsSchema.safeParse(safeJson(completion.choices[0]?.message.content ?? ""));
  await recordAiUsage(
    db,
    [
      {
        provider: "openai",
        model: config.model,
        inputTokens,
        outputTokens,
        costUsd: callCostUsd({ ...DEFAULT_PRICES, ...getEnv().AI_PRICES }, config.model, inputTokens, outputTokens),
        latencyMs: performance.now() - started,
        outcome: parsed.success ? "ok" : "invalid",
      },
    ],
    { purpose: "question_drafts", userId: actor.id },
  );
  if (!parsed.success) throw new AppError("SERVICE_UNAVAILABLE", "The AI provider's reply was not usable; try again.");

  const ids: string[] = [];
  let skipped = 0;
  await db.transaction(async (tx) => {
    for (const draft of parsed.data.questions.slice(0, input.count)) {
      const candidate = ZQuestionInputSchema.safeParse({
        ...draft,
        slug: `draft-${SHORT[input.track]}-${crypto.randomBytes(4).toString("hex")}`,
        track: input.track,
        level: input.level,
        difficulty: Math.min(5, Math.max(1, Math.round(draft.difficulty))),
        tags: draft.tags.map((tag) => tag.trim().toLowerCase().replace(/\s+/g, "-")).slice(0, 8),
        keyPoints: draft.keyPoints.slice(0, 10),
        active: false,
      });
      if (!candidate.success) {
        skipped += 1;
        continue;
      }
      const [row] = await tx.insert(questions).values({ ...candidate.data, source: "ai_draft" }).returning({ id: questions.id });
      ids.push(row!.id);
    }
    await audit(tx, actor, { action: "question.generate_drafts", targetType: "question", after: { ...input, created: ids.length, skipped } });
  });
  return { created: ids.length, skipped, ids };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
