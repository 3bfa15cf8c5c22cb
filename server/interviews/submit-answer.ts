import crypto from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { inTransaction } from "@/db/in-transaction";
import { answers, interviewQuestions, interviews, scores, users } from "@/db/schema";
import type { TAnswerStatus } from "@/server/contracts/vocabulary/statuses";
import { AppError } from "@/server/errors";
import { enqueueJob } from "@/server/jobs/queue";
import { checkAnswerCode } from "./answer-code";
import { lockInterviewItem } from "./find-item";
import { localizeOne } from "@/server/questions/translations";
import { checkRecordingForSubmit, linkRecordingToAnswer } from "@/server/voice/recordings/link-recording";
import { answerDto } from "./load-interview";
import type { TSubmitAnswerInput } from "@/server/contracts/interviews";

/**
 * Attempts of one question (and of its follow-up) in one interview. Every new attempt is a scoring
 * job (a paid model call, twice with the double check): without a cap, one interview of the quota
 * would buy unlimited scoring. Ten is far more than practice needs.
 */
export const MAX_ATTEMPTS_PER_QUESTION = 10;

export function answerTextHash(text: string): string {
  return crypto.createHash("sha256").update(text.trim(), "utf8").digest("hex");
}

/**
 * Stores an answer and its scoring job in one transaction (nothing is lost if the process dies).
 * The same text submitted again for the same question (a double-click, a retried request) returns
 * the existing answer: one row, one job, at most one model call. A different text is a new attempt.
 * With `expectedVersion`, a submit made from a stale view (another tab answered meanwhile) is a
 * CONFLICT carrying the current answer, instead of a silent new attempt.
 */
export async function submitAnswer(db: TDbOrTx, userId: string, input: TSubmitAnswerInput): Promise<{ id: string; status: TAnswerStatus; created: boolean }> {
  return inTransaction(db, async (tx) => {
    const { item, question, interview } = await lockInterviewItem(tx, { userId, interviewId: input.id, questionId: input.questionId });
    const code = checkAnswerCode(question.coding, input);
    // The code is part of what makes an attempt a duplicate (NUL cannot occur in either part).
    const textHash = answerTextHash(code ? `${input.answer}\u0000${code.language}\u0000${code.code}` : input.answer);
    const [latest] = await tx
      .select()
      .from(answers)
      .where(and(eq(answers.interviewQuestionId, item.id), eq(answers.kind, input.kind)))
      .orderBy(desc(answers.attempt))
      .limit(1);
    // A failed answer is not a duplicate: resubmitting the same text is how a candidate retries it.
    if (latest && latest.textHash === textHash && latest.status !== "failed") return { id: latest.id, status: latest.status, created: false };
    const claim = input.recordingId ? { userId, recordingId: input.recordingId, interviewQuestionId: item.id, kind: input.kind } : null;
    if (claim) await checkRecordingForSubmit(tx, claim);
    const version = latest?.attempt ?? 0;
    if (input.expectedVersion !== undefined && input.expectedVersion !== version) {
      const [score] = latest ? await tx.select().from(scores).where(eq(scores.answerId, latest.id)).orderBy(desc(scores.createdAt)).limit(1) : [];
      throw new AppError(
        "CONFLICT",
        "This question was answered in another tab or device since you opened it. Look at the current answer, or submit yours as a new attempt.",
        { reason: "stale_version", expectedVersion: input.expectedVersion, currentVersion: version, current: latest ? answerDto(latest, score) : null },
      );
    }

    // What was asked: the question as the candidate saw it, in the interview's language.
    let prompt = (await localizeOne(tx, question.id, { text: question.text }, interview.language)).text;
    if (input.kind === "follow_up") {
      const followUp = await latestFollowUp(tx, item.id);
      if (!followUp) throw new AppError("CONFLICT", "There is no follow-up question yet: answer the question and wait for its score first.");
      prompt = followUp;
    }
    if (version >= MAX_ATTEMPTS_PER_QUESTION) {
      throw new AppError("CONFLICT", `This question has had its ${MAX_ATTEMPTS_PER_QUESTION} attempts in this interview. Start a new interview to practise it again.`, {
        reason: "attempt_limit",
        limit: MAX_ATTEMPTS_PER_QUESTION,
      });
    }
    const [answer] = await tx
      .insert(answers)
      .values({
        userId,
        interviewId: input.id,
        interviewQuestionId: item.id,
        questionId: input.questionId,
        kind: input.kind,
        prompt,
        attempt: (latest?.attempt ?? 0) + 1,
        text: input.answer,
        textHash,
        code: code?.code ?? null,
        language: code?.language ?? null,
        timeSpentSeconds: input.timeSpentSeconds ?? null,
      })
      .returning({ id: answers.id, status: answers.status });
    // The question answered (its draft cleared), the interview's and the account's activity: one statement, one round trip.
    await tx.execute(
      sql`with item as (update ${interviewQuestions} set status = 'answered', draft = '', draft_code = null where id = ${item.id}),
        interview as (update ${interviews} set last_activity_at = now() where id = ${input.id})
        update ${users} set last_active_at = now() where id = ${userId}`,
    );
    if (claim) await linkRecordingToAnswer(tx, userId, claim.recordingId, answer!.id);
    await enqueueJob("score-answer", { answerId: answer!.id, userId }, { tx, singletonKey: answer!.id });
    return { id: answer!.id, status: answer!.status, created: true };
  });
}

async function latestFollowUp(tx: Parameters<typeof lockInterviewItem>[0], interviewQuestionId: string): Promise<string | null> {
  const [row] = await tx
    .select({ followUp: scores.followUp })
    .from(answers)
    .innerJoin(scores, eq(scores.answerId, answers.id))
    .where(and(eq(answers.interviewQuestionId, interviewQuestionId), eq(answers.kind, "answer")))
    .orderBy(desc(answers.attempt), desc(scores.createdAt))
    .limit(1);
  return row?.followUp ?? null;
}
