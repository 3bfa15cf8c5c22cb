import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { TDbOrTx, TTransaction } from "@/db";
import { inTransaction } from "@/db/in-transaction";
import { answers, interviewQuestions, interviews, scores, users } from "@/db/schema";
import type { TAnswerStatus } from "@/server/contracts/vocabulary/statuses";
import { AppError } from "@/server/errors";
import { enqueueJob } from "@/server/jobs/queue";
import { checkAnswerCode } from "./answer-code";
import { assertTakesAnswers, lockInterviewItemRow } from "./find-item";
import { localizeOne } from "@/server/questions/translations";
import { checkRecordingForSubmit, linkRecordingToAnswer } from "@/server/voice/recordings/link-recording";
import { answerDto } from "./load-interview";
import { preparedOn } from "./prepared-in-transaction";
import { answerTextHash, assertAttemptLeft } from "@/server/answer-attempts";
import type { TSubmitAnswerInput } from "@/server/contracts/interviews";

/**
 * Stores an answer and its scoring job in one transaction (nothing is lost if the process dies).
 * The same text submitted again for the same question (a double-click, a retried request) returns
 * the existing answer: one row, one job, at most one model call. A different text is a new attempt.
 * With `expectedVersion`, a submit made from a stale view (another tab answered meanwhile) is a
 * CONFLICT carrying the current answer, instead of a silent new attempt.
 */
export async function submitAnswer(
  db: TDbOrTx,
  userId: string,
  input: TSubmitAnswerInput,
  options: { saveResponse?: (answer: { id: string; status: TAnswerStatus }) => Promise<unknown>; target?: TSubmitTarget } = {},
): Promise<{ id: string; status: TAnswerStatus; created: boolean }> {
  return inTransaction(db, async (tx) => {
    // Locked already in this transaction when it came with an Idempotency-Key (lockSubmitTarget).
    const { item, question, interview } = options.target ?? (await lockSubmitTarget(tx, userId, input));
    const code = checkAnswerCode(question.coding, input);
    // The code is part of what makes an attempt a duplicate (NUL cannot occur in either part).
    const textHash = answerTextHash(code ? `${input.answer}\u0000${code.language}\u0000${code.code}` : input.answer);
    // A statement after the lock (a fresh snapshot): the interview's status as it is now, and the latest attempt.
    const { status, latest } = await statusAndLatest(tx, input.id, item.id, input.kind);
    assertTakesAnswers(status);
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
    assertAttemptLeft(version);
    // The id is made here, so the job and the idempotent response need not wait for the insert.
    const answer = { id: randomUUID(), status: "pending" as const };
    const insertAnswer = tx.insert(answers).values({
      id: answer.id,
      userId,
      interviewId: input.id,
      interviewQuestionId: item.id,
      questionId: input.questionId,
      kind: input.kind,
      prompt,
      attempt: version + 1,
      text: input.answer,
      textHash,
      code: code?.code ?? null,
      language: code?.language ?? null,
      timeSpentSeconds: input.timeSpentSeconds ?? null,
      status: answer.status,
    });
    // The answer, the question answered (its draft cleared), the interview's and the account's activity: one statement.
    // Sent now (then() starts Drizzle's query), so the statements below queue behind it.
    const store = tx
      .execute(
        sql`with item as (update ${interviewQuestions} set status = 'answered', draft = '', draft_code = null where id = ${item.id}),
        interview as (update ${interviews} set last_activity_at = now() where id = ${input.id}),
        account as (update ${users} set last_active_at = now() where id = ${userId})
        ${insertAnswer.getSQL()}`,
      )
      .then(() => undefined);
    const finish = () => [
      enqueueJob("score-answer", { answerId: answer.id, userId }, { tx, singletonKey: answer.id }),
      options.saveResponse?.(answer),
    ];
    if (claim) {
      await store;
      await linkRecordingToAnswer(tx, userId, claim.recordingId, answer.id);
      await Promise.all(finish());
    } else {
      // Sent together (pipelined on the transaction's connection): one round trip instead of three.
      // They run in order; if the insert fails, the rest fail with it and the transaction rolls back.
      await Promise.all([store, ...finish()]);
    }
    return { ...answer, created: true };
  });
}

/** The locked question row a submit acts on (lockSubmitTarget). */
export type TSubmitTarget = Awaited<ReturnType<typeof lockInterviewItemRow>>;

/**
 * Locks the question row a submit acts on. With an Idempotency-Key it is taken before the key's row is
 * written (withIdempotency's beforeClaim) and handed to submitAnswer: the key's row references the user,
 * so the claim holds the user row, and a submit that claimed first and then waited for the question row
 * deadlocked with an account's deletion, which locks question rows, interviews, then the user row.
 */
export function lockSubmitTarget(tx: TTransaction, userId: string, input: Pick<TSubmitAnswerInput, "id" | "questionId">): Promise<TSubmitTarget> {
  return lockInterviewItemRow(tx, { userId, interviewId: input.id, questionId: input.questionId });
}

/**
 * The interview's status and the question's latest attempt of a kind, in one statement (at most ten
 * attempts are joined; without any, the interview's row comes back with a null answer).
 */
function statusAndLatestQuery(tx: TTransaction) {
  return tx
    .select({ status: interviews.status, latest: answers })
    .from(interviews)
    .leftJoin(
      answers,
      and(eq(answers.interviewId, interviews.id), eq(answers.interviewQuestionId, sql.placeholder("interviewQuestionId")), eq(answers.kind, sql.placeholder("kind"))),
    )
    .where(eq(interviews.id, sql.placeholder("interviewId")))
    .orderBy(desc(answers.attempt))
    .limit(1)
    .prepare("submit_status_and_latest");
}

// Built on the first transaction, then run on each one's connection (preparedOn).
let statusAndLatestPrepared: ReturnType<typeof statusAndLatestQuery> | undefined;

async function statusAndLatest(tx: TTransaction, interviewId: string, interviewQuestionId: string, kind: TSubmitAnswerInput["kind"]) {
  statusAndLatestPrepared ??= statusAndLatestQuery(tx);
  const [row] = await preparedOn(statusAndLatestPrepared, tx).execute({ interviewId, interviewQuestionId, kind });
  if (!row) throw new AppError("NOT_FOUND", "Interview or question not found.");
  return row;
}

async function latestFollowUp(tx: TTransaction, interviewQuestionId: string): Promise<string | null> {
  const [row] = await tx
    .select({ followUp: scores.followUp })
    .from(answers)
    .innerJoin(scores, eq(scores.answerId, answers.id))
    .where(and(eq(answers.interviewQuestionId, interviewQuestionId), eq(answers.kind, "answer")))
    .orderBy(desc(answers.attempt), desc(scores.createdAt))
    .limit(1);
  return row?.followUp ?? null;
}
