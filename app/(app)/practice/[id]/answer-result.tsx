"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { DisputeScoreButton } from "@/app/_components/dispute-score-button";
import { FeedbackCard } from "@/app/_components/score/feedback-card";
import { ScoreTestResults } from "./test-results-table";
import { Spinner } from "@/app/_components/spinner";
import { api } from "@/app/_trpc/client";
import type { TInterview } from "@/server/contracts/interviews";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { useAnswerStatus } from "./use-answer-status";

/** After this long, "Scoring…" says it is slower than usual (and that moving on is fine). */
const SLOW_AFTER_MS = 20_000;

type TQuestion = TInterview["questions"][number];

interface AnswerResultProps {
  interviewId: string;
  question: TQuestion;
  answerId: string;
  /** Focus the status when shown (right after submitting), so keyboard users land on the news. */
  focusOnMount?: boolean;
  title?: string;
  /** Under the interviewer's follow-up question (main answers only). */
  renderFollowUp?: (score: TScore) => ReactNode;
  /** Buttons under the result; `scoring` is true while the score is not there yet. */
  renderActions?: (scoring: boolean) => ReactNode;
}

/**
 * An answer's outcome: "Scoring…" (announced) while the scorer works, the score pushed the moment
 * it is stored (use-answer-status.ts: a stream, polling only when that fails), then the feedback
 * card, with the change per dimension against the previous attempt.
 */
export function AnswerResult({ interviewId, question, answerId, focusOnMount = false, title, renderFollowUp, renderActions }: AnswerResultProps) {
  const t = useTranslations("interview.result");
  const utils = api.useUtils();
  const seeded = question.attempts.find((attempt) => attempt.id === answerId);
  const { query, answer } = useAnswerStatus(answerId, seeded);
  const status = answer?.status;
  const scoring = !answer || status === "pending";
  const statusRef = useRef<HTMLDivElement>(null);
  const sawPending = useRef(false);
  const [slow, setSlow] = useState(false);

  useEffect(() => {
    if (focusOnMount) statusRef.current?.focus();
  }, [focusOnMount]);

  // Once scored, the interview (question status, follow-up) is read again.
  useEffect(() => {
    if (status === undefined || status === "pending") {
      sawPending.current = true;
      return;
    }
    if (sawPending.current) {
      sawPending.current = false;
      void utils.interviews.get.invalidate({ id: interviewId });
    }
  }, [status, utils, interviewId]);

  useEffect(() => {
    if (!scoring) return;
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [scoring]);

  const score = answer?.score ?? null;
  const previous =
    answer && answer.kind === "answer" && answer.attempt > 1
      ? (question.attempts.find((attempt) => attempt.kind === "answer" && attempt.attempt === answer.attempt - 1)?.score ?? null)
      : null;

  let statusText: string;
  if (scoring) statusText = t("scoring");
  else if (status === "failed" || !score) statusText = t("failed");
  else statusText = t("scored", { total: score.total });

  return (
    <div className="space-y-4">
      <div
        ref={statusRef}
        tabIndex={-1}
        style={{ outline: "none" }}
        role="status"
        aria-live="polite"
        className={scoring ? "flex items-start gap-3 rounded-xl border border-brand-100 bg-brand-50 p-5 text-slate-900" : "sr-only"}
      >
        {scoring ? (
          <>
            <span className="mt-0.5 text-brand-700">
              <Spinner />
            </span>
            <span>
              <strong className="block font-semibold">{statusText}</strong>
              <span className="mt-1 block text-sm text-slate-700">
                {slow ? t("slow") : t("working")}
              </span>
              {query.isError ? <span className="mt-1 block text-sm font-medium text-amber-900">{t("connection")}</span> : null}
            </span>
          </>
        ) : (
          statusText
        )}
      </div>

      {!scoring && (status === "failed" || !score) ? (
        <div className="rounded-xl border border-red-200 bg-red-50 p-5 text-sm text-red-900">
          <p className="font-semibold">{t("failed")}</p>
          <p className="mt-1">{t("failedText")}</p>
        </div>
      ) : null}

      {score && answer && !scoring ? (
        <>
          {status === "flagged" ? <p className="text-sm text-slate-700">{t("flagged")}</p> : null}
          <FeedbackCard
            score={answer.kind === "follow_up" ? { ...score, followUp: null } : score}
            answerText={answer.text}
            previous={previous}
            review={answer.review}
            voice={answer.voice}
            title={title ?? (answer.attempt > 1 && answer.kind === "answer" ? t("attemptTitle", { attempt: answer.attempt }) : undefined)}
            followUpAction={renderFollowUp && score.followUp ? renderFollowUp(score) : undefined}
          />
          <ScoreTestResults tests={score.tests} code={answer.code} language={answer.language} />
          {status !== "flagged" ? <DisputeScoreButton answerId={answer.id} /> : null}
        </>
      ) : null}

      {query.isError && !answer ? (
        <button type="button" onClick={() => void query.refetch()} className={buttonClass("secondary", { size: "sm" })}>
          {t("reload")}
        </button>
      ) : null}

      {renderActions ? renderActions(scoring) : null}
    </div>
  );
}
