"use client";

import { questionTextLanguage } from "@/app/_components/content-language";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { QuestionProgressBar, QuestionTopics } from "@/app/_components/question-display";
import { SubmitButton } from "@/app/_components/submit-button";
import { MutationErrorText } from "@/app/_components/mutation-error-text";
import { api } from "@/app/_trpc/client";
import type { TInterview } from "@/server/contracts/interviews";
import { AnswerForm } from "./answer-form";
import type { TCodingInput } from "./use-code-draft";
import { AnswerResult } from "./answer-result";
import { FollowUp } from "./follow-up";
import { AnswerModes } from "./voice/answer-modes";
import { VoiceAnswer } from "./voice/voice-answer";

type TQuestion = TInterview["questions"][number];

/** A coding question's editor input: its spec, the autosaved editor, and on a retry the previous attempt's code. */
function codingInput(question: TQuestion, previous: TQuestion["attempts"][number] | undefined): TCodingInput | undefined {
  if (!question.coding) return undefined;
  const previousCode = previous?.code && previous.language ? { code: previous.code, language: previous.language } : null;
  return { spec: question.coding, serverDraft: question.draftCode, previous: previousCode };
}

interface QuestionPanelProps {
  interview: TInterview;
  question: TQuestion;
  index: number;
  /** Focus the question when it appears (after moving between questions, not on page load). */
  focusOnMount: boolean;
  onNext: () => void;
  /** The finish control (on the last question), rendered by the session that owns completing. */
  finishControl: ReactNode;
}

/**
 * One question: the answer box, or its latest result with "Retry", or a skipped note. Keyed by the
 * question by its parent, so moving to another question starts fresh (the draft is kept per question).
 */
export function QuestionPanel({ interview, question, index, focusOnMount, onNext, finishControl }: QuestionPanelProps) {
  const t = useTranslations("interview");
  const utils = api.useUtils();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [retrying, setRetrying] = useState(false);
  const [answeringSkipped, setAnsweringSkipped] = useState(false);
  const [skippedNow, setSkippedNow] = useState(false);
  const [submittedId, setSubmittedId] = useState<string | null>(null);
  const skip = api.interviews.skip.useMutation();
  const total = interview.questions.length;
  const isLast = index === total - 1;

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const mainAttempts = question.attempts.filter((attempt) => attempt.kind === "answer");
  const latestId = submittedId ?? question.answer?.id ?? null;
  const latestText = mainAttempts.find((attempt) => attempt.id === latestId)?.text ?? question.answer?.text;
  const skipped = (question.status === "skipped" || skippedNow) && !latestId;
  const mode = retrying || (!latestId && (!skipped || answeringSkipped)) ? "answer" : latestId ? "result" : "skipped";

  const invalidate = () => utils.interviews.get.invalidate({ id: interview.id });

  function onSkip() {
    if (skip.isPending) return;
    skip.mutate(
      { id: interview.id, questionId: question.questionId },
      {
        onSuccess: () => {
          setSkippedNow(true);
          setAnsweringSkipped(false);
          void invalidate();
          if (!isLast) onNext();
        },
      },
    );
  }

  /** Submitted here, or "view the current answer" after another tab answered first. */
  function onAnswered(answerId: string) {
    setSubmittedId(answerId);
    setRetrying(false);
    setAnsweringSkipped(false);
    void invalidate();
  }

  const answerActions =
    retrying || answeringSkipped ? (
      <button
        type="button"
        onClick={() => {
          setRetrying(false);
          setAnsweringSkipped(false);
        }}
        className={buttonClass("secondary")}
      >
        {t("cancel")}
      </button>
    ) : (
      <SubmitButton type="button" variant="secondary" pending={skip.isPending} pendingLabel={t("skipping")} onClick={onSkip}>
        {t("skip")}
        <span className="sr-only"> {t("skipThis")}</span>
      </SubmitButton>
    );

  const nextControl = isLast ? (
    finishControl
  ) : (
    <button type="button" onClick={onNext} className={buttonClass("primary")}>
      {t("next")} <span aria-hidden="true">→</span>
    </button>
  );

  return (
    <section aria-labelledby={`question-${question.questionId}`} className="min-w-0">
      <p className="text-sm font-semibold text-brand-700">
        {t("questionOf", { number: index + 1, total })}
      </p>
      <QuestionProgressBar fraction={(index + 1) / total} />
      <h2
        id={`question-${question.questionId}`}
        ref={headingRef}
        tabIndex={-1}
        style={{ outline: "none" }}
        className="mt-4 text-lg font-semibold leading-snug text-slate-900 sm:mt-5 sm:text-2xl"
        data-user-content
        lang={questionTextLanguage(question, interview.language)}
      >
        {question.text}
      </h2>
      <QuestionTopics tags={question.tags} label={t("topics")} />

      <div className="mt-4 sm:mt-6">
        {mode === "answer" ? (
          <AnswerModes
            typed={
              <AnswerForm
                key={retrying ? `retry-${latestId}` : "first"}
                interviewId={interview.id}
                questionId={question.questionId}
                kind="answer"
                label={retrying ? t("yourAnswerAttempt", { attempt: mainAttempts.length + 1 }) : t("yourAnswer")}
                attempt={mainAttempts.length + 1}
                expectedVersion={question.versions.answer}
                onViewCurrent={onAnswered}
                serverDraft={question.draft}
                submittedTexts={new Set(mainAttempts.map((attempt) => attempt.text.trim()))}
                previousText={retrying ? latestText : undefined}
                coding={codingInput(question, retrying ? mainAttempts.find((attempt) => attempt.id === latestId) : undefined)}
                focusOnMount={retrying || answeringSkipped}
                onSubmitted={onAnswered}
                actions={answerActions}
              />
            }
            // A coding answer is code: typed only.
            spoken={
              question.coding
                ? undefined
                : () => (
                    <VoiceAnswer
                      interviewId={interview.id}
                      questionId={question.questionId}
                      kind="answer"
                      track={interview.track}
                      attempt={mainAttempts.length + 1}
                      expectedVersion={question.versions.answer}
                      onSubmitted={onAnswered}
                      actions={answerActions}
                    />
                  )
            }
          />
        ) : null}
        <MutationErrorText mutation={skip} className="mt-2 text-sm" />

        {mode === "result" && latestId ? (
          <AnswerResult
            key={latestId}
            interviewId={interview.id}
            question={question}
            answerId={latestId}
            focusOnMount={submittedId === latestId}
            renderFollowUp={(score) =>
              score.followUp ? <FollowUp interviewId={interview.id} question={question} followUp={score.followUp} parentAnswerId={latestId} /> : null
            }
            renderActions={(scoring) => (
              <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-5">
                {/* A retry starts from the result, so it waits for the score. */}
                {scoring ? null : (
                  <button type="button" onClick={() => setRetrying(true)} className={buttonClass("secondary")}>
                    {t("retry")}
                  </button>
                )}
                {nextControl}
              </div>
            )}
          />
        ) : null}

        {mode === "skipped" ? (
          <div className="space-y-5">
            <div className="rounded-xl border border-slate-200 bg-slate-50 p-5">
              <p className="font-semibold text-slate-900">{t("skippedTitle")}</p>
              <p className="mt-1 text-sm text-slate-700">
                {t("skippedText")}
                {question.draft.trim() ? ` ${t("draftKept")}` : ""}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <button type="button" onClick={() => setAnsweringSkipped(true)} className={buttonClass("secondary")}>
                {t("answerNow")}
              </button>
              {nextControl}
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
