"use client";

import { LanguageNote } from "@/app/_components/content-language";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { MutationErrorText } from "@/app/_components/mutation-error-text";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { appCodeOf } from "@/app/_components/use-form-errors";
import { useFreshInterview } from "./use-fresh-interview";
import { api } from "@/app/_trpc/client";
import type { TInterview } from "@/server/contracts/interviews";
import { ConfirmDialog } from "./confirm-dialog";
import { draftKey, readLocalDraft } from "./draft-storage";
import { InterviewSummary } from "./interview-summary";
import { QuestionPanel } from "./question-panel";
import { StepList } from "./step-list";

/** How long "Finish" waits for answers still being scored before giving up with a message. */
const FINISH_WAIT_MS = 60_000;
const FINISH_RETRY_MS = 1000;

type TFinishState = { kind: "idle" } | { kind: "working" } | { kind: "waiting" } | { kind: "error"; message: string };

/** Questions with text in the answer box that was never submitted (it would not be scored). */
function unsubmittedQuestions(interview: TInterview): number[] {
  return interview.questions.flatMap((question, index) => {
    const submitted = new Set(question.attempts.filter((attempt) => attempt.kind === "answer").map((attempt) => attempt.text.trim()));
    const local = readLocalDraft(draftKey(interview.id, question.questionId, "answer"));
    const texts = [local?.text ?? "", question.draft];
    return texts.some((text) => text.trim() !== "" && !submitted.has(text.trim())) ? [index] : [];
  });
}

function firstOpenQuestion(interview: TInterview): number {
  const open = interview.questions.findIndex((question) => question.status === "pending");
  return open >= 0 ? open : Math.max(0, interview.questions.length - 1);
}

function detailsReason(error: unknown): unknown {
  const details = (error as { data?: { details?: unknown } | null } | null)?.data?.details;
  return details && typeof details === "object" ? (details as { reason?: unknown }).reason : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function InterviewSession({ initialInterview, initialQuestion, renderedAt }: { initialInterview: TInterview; initialQuestion: number | null; renderedAt: number }) {
  const t = useTranslations("interview");
  const tv = useTranslations("vocabulary");
  const te = useTranslations("errors");
  const failureText = useFailureText();
  const utils = api.useUtils();
  const router = useRouter();
  const interview = useFreshInterview(initialInterview, renderedAt);
  const total = interview.questions.length;
  const [index, setIndex] = useState(() =>
    initialQuestion !== null && initialQuestion >= 0 && initialQuestion < total ? initialQuestion : firstOpenQuestion(initialInterview),
  );
  const [navigated, setNavigated] = useState(false);
  const [finish, setFinish] = useState<TFinishState>({ kind: "idle" });
  const [unsubmitted, setUnsubmitted] = useState<number[] | null>(null);
  const [confirmAbandon, setConfirmAbandon] = useState(false);
  const abandon = api.interviews.abandon.useMutation();
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // The question opened first goes into the address too: answered and reloaded while it is scored, the
  // page came back to the next open question instead of the feedback just produced.
  useEffect(() => {
    if (initialQuestion !== null || interview.status !== "in_progress") return;
    const url = new URL(window.location.href);
    url.searchParams.set("q", String(index + 1));
    window.history.replaceState(window.history.state, "", url);
    // Once, for the question the page opened on; goTo keeps it current after that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (interview.status !== "in_progress") return <InterviewSummary interview={interview} />;

  const current = Math.min(index, total - 1);
  const question = interview.questions[current];

  function goTo(next: number) {
    setIndex(next);
    setNavigated(true);
    // The question number in the address, so a reload comes back to it.
    const url = new URL(window.location.href);
    url.searchParams.set("q", String(next + 1));
    window.history.replaceState(window.history.state, "", url);
  }

  async function finishInterview(force: boolean) {
    if (finish.kind === "working" || finish.kind === "waiting") return;
    if (!force) {
      const open = unsubmittedQuestions(interview);
      if (open.length > 0) {
        setUnsubmitted(open);
        return;
      }
    }
    setUnsubmitted(null);
    setFinish({ kind: "working" });
    const deadline = Date.now() + FINISH_WAIT_MS;
    while (mounted.current) {
      try {
        await utils.client.interviews.complete.mutate({ id: interview.id });
        await utils.interviews.list.invalidate();
        // Marked old without a refetch now (this page is leaving): Back reads it again and shows it finished.
        void utils.interviews.get.invalidate({ id: interview.id }, { refetchType: "none" });
        router.push(`/interviews/${interview.id}/report`);
        return;
      } catch (error) {
        // Answers still being scored: wait for them, then try again.
        if (appCodeOf(error) === "CONFLICT" && detailsReason(error) === "scoring_pending" && Date.now() < deadline) {
          setFinish({ kind: "waiting" });
          await sleep(FINISH_RETRY_MS);
          continue;
        }
        setFinish({
          kind: "error",
          message: appCodeOf(error) === "CONFLICT" && detailsReason(error) === "scoring_pending" ? t("scoringSlow") : failureText(error),
        });
        return;
      }
    }
  }

  const answered = interview.questions.filter((item) => item.status === "answered").length;
  const skipped = interview.questions.filter((item) => item.status === "skipped").length;

  // With nothing answered or drafted (every question skipped, say) the server refuses to finish: say
  // so instead of offering a button that fails; "Abandon interview" stays for leaving it. A draft keeps
  // the button, which then offers to go back to it (the unsubmitted-answer dialog).
  const drafted = interview.questions.some((question) => question.draft.trim() !== "");
  const finishControl =
    answered === 0 && !drafted ? (
      <p className="text-sm text-slate-700">{te("completeNeedsAnswer")}</p>
    ) : (
    <div className="flex flex-wrap items-center gap-3">
      <SubmitButton
        type="button"
        pending={finish.kind === "working" || finish.kind === "waiting"}
        pendingLabel={finish.kind === "waiting" ? t("waitingForScores") : t("finishing")}
        onClick={() => void finishInterview(false)}
      >
        {t("finish")}
      </SubmitButton>
    </div>
  );

  return (
    <div className="mx-auto max-w-6xl px-4 py-5 sm:px-6 sm:py-8 lg:py-10">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
            {tv(`tracks.${interview.track}`)} · {tv(`levels.${interview.level}`)}
          </p>
          <h1 className="mt-1 text-xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
          <LanguageNote of="interview" language={interview.language} className="mt-2" />
        </div>
        <button
          type="button"
          onClick={() => setConfirmAbandon(true)}
          className="-mx-3 rounded-md px-3 py-2 text-sm font-medium text-red-700 underline-offset-2 hover:bg-red-50 hover:underline"
        >
          {t("abandon")}
        </button>
      </div>

      <div className="mt-4 sm:mt-6 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-10">
        {/* The question and its answer box come first (on phones, right under the title); the step list follows, in the left column on wide screens. */}
        <div className="min-w-0 lg:col-start-2 lg:row-start-1">
          {question ? (
            <QuestionPanel
              key={question.questionId}
              interview={interview}
              question={question}
              index={current}
              focusOnMount={navigated}
              onNext={() => goTo(Math.min(current + 1, total - 1))}
              finishControl={finishControl}
            />
          ) : null}
          <div aria-live="polite" className="mt-3 text-sm">
            {finish.kind === "waiting" ? <p className="text-slate-700">{t("waitingLong")}</p> : null}
          </div>
          {finish.kind === "error" ? (
            <p role="alert" className="mt-2 text-sm font-medium text-red-700">
              {finish.message}
            </p>
          ) : null}
        </div>
        <aside aria-label={t("questionsLabel")} className="mt-8 border-t border-slate-200 pt-6 lg:col-start-1 lg:row-start-1 lg:mt-0 lg:border-0 lg:pt-0">
          <div className="lg:sticky lg:top-6">
            <StepList questions={interview.questions} currentIndex={current} onSelect={goTo} />
            <p className="mt-3 text-sm text-slate-600">
              {skipped > 0
                ? t("progressLineSkipped", { answered, skipped, left: total - answered - skipped })
                : t("progressLine", { answered, left: total - answered })}
            </p>
          </div>
        </aside>
      </div>

      <ConfirmDialog
        open={unsubmitted !== null}
        title={t("unsubmittedTitle")}
        confirmLabel={t("finishAnyway")}
        onConfirm={() => void finishInterview(true)}
        onCancel={() => setUnsubmitted(null)}
        secondary={
          unsubmitted && unsubmitted[0] !== undefined && unsubmitted[0] !== current ? (
            <button
              type="button"
              onClick={() => {
                const target = unsubmitted[0]!;
                setUnsubmitted(null);
                goTo(target);
              }}
              className="inline-flex items-center justify-center rounded-lg border border-brand-700 bg-white px-4 py-2.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
            >
              {t("goToQuestion", { number: unsubmitted[0] + 1 })}
            </button>
          ) : null
        }
      >
        <p>
          {unsubmitted && unsubmitted.length > 1
            ? t("unsubmittedMany", { numbers: unsubmitted.map((item) => item + 1).join(", ") })
            : t("unsubmittedOne", { number: (unsubmitted?.[0] ?? 0) + 1 })}{" "}
          {t("onlySubmitted")}
        </p>
      </ConfirmDialog>

      <ConfirmDialog
        open={confirmAbandon}
        title={t("abandonTitle")}
        tone="danger"
        confirmLabel={t("abandon")}
        pendingLabel={t("abandoning")}
        pending={abandon.isPending}
        onCancel={() => setConfirmAbandon(false)}
        onConfirm={() =>
          abandon.mutate(
            { id: interview.id },
            {
              onSuccess: () => {
                setConfirmAbandon(false);
                void utils.interviews.get.invalidate({ id: interview.id });
                void utils.interviews.quota.invalidate();
              },
            },
          )
        }
      >
        {interview.questions.some((item) => item.attempts.length > 0) ? (
          <p>{t("abandonWithAnswers")}</p>
        ) : (
          <p>{t("abandonEmpty")}</p>
        )}
        <MutationErrorText mutation={abandon} />
      </ConfirmDialog>
    </div>
  );
}
