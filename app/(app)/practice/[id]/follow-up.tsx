"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { api } from "@/app/_trpc/client";
import type { TInterview } from "@/server/contracts/interviews";
import { AnswerForm } from "./answer-form";
import { AnswerResult } from "./answer-result";

type TQuestion = TInterview["questions"][number];

interface FollowUpProps {
  interviewId: string;
  question: TQuestion;
  /** The interviewer's follow-up question (from the latest scored answer). */
  followUp: string;
  /** The answer whose score asked it: drafts on this device are kept per follow-up. */
  parentAnswerId: string;
}

/** "Answer the follow-up": a smaller answer box; once answered, its own score shows under it. */
export function FollowUp({ interviewId, question, followUp, parentAnswerId }: FollowUpProps) {
  const t = useTranslations("interview");
  const utils = api.useUtils();
  const replies = question.attempts.filter((attempt) => attempt.kind === "follow_up" && attempt.prompt === followUp);
  const [submittedId, setSubmittedId] = useState<string | null>(null);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const [revising, setRevising] = useState(false);
  const answerId = submittedId ?? replies.at(-1)?.id ?? null;
  const previousReply = replies.find((reply) => reply.id === answerId) ?? null;

  if (answerId && !revising) {
    return (
      <div className="space-y-3">
        <AnswerResult interviewId={interviewId} question={question} answerId={answerId} focusOnMount={justSubmitted} title={t("followUp.score")} />
        <button type="button" onClick={() => setRevising(true)} className={buttonClass("secondary", { size: "sm" })}>
          {t("followUp.again")}
        </button>
      </div>
    );
  }

  return (
    <AnswerForm
      interviewId={interviewId}
      questionId={question.questionId}
      kind="follow_up"
      scope={parentAnswerId}
      label={t("followUp.label")}
      attempt={replies.length + 1}
      expectedVersion={question.versions.followUp}
      onViewCurrent={(id) => {
        setSubmittedId(id);
        setRevising(false);
        void utils.interviews.get.invalidate({ id: interviewId });
      }}
      serverDraft=""
      submittedTexts={new Set(replies.map((reply) => reply.text.trim()))}
      previousText={revising ? previousReply?.text : undefined}
      rows={5}
      focusOnMount={revising}
      submitLabel={t("followUp.submit")}
      onSubmitted={(id) => {
        setSubmittedId(id);
        setJustSubmitted(true);
        setRevising(false);
        void utils.interviews.get.invalidate({ id: interviewId });
      }}
      actions={
        revising ? (
          <button type="button" onClick={() => setRevising(false)} className={buttonClass("secondary")}>
            {t("cancel")}
          </button>
        ) : null
      }
    />
  );
}
