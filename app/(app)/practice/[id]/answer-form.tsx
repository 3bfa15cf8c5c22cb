"use client";

import { withoutTextControls } from "@/server/contracts/safe-string";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { FieldError } from "@/app/_components/field-error";
import { useFailureText, useFormErrorText } from "@/app/_components/form/use-form-error-text";
import { describedBy, inputClass } from "@/app/_components/field-styles";
import { Spinner } from "@/app/_components/spinner";
import { SubmitButton } from "@/app/_components/submit-button";
import { appCodeOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZAnswerTextSchema, type TSubmitAnswerInput } from "@/server/contracts/interviews";
import { MAX_ANSWER_CHARS } from "@/server/contracts/vocabulary/score";
import { CodingWorkspace } from "@/app/_components/code/coding-workspace";
import { zSafeText } from "@/server/contracts/safe-string";
import { draftKey, timerKey, type TDraftKind } from "./draft-storage";
import { useCodeDraft, type TCodingInput } from "./use-code-draft";
import { formatCount } from "@/app/_components/format";
import { formatDuration } from "../format-time";
import { patchCachedDraft, useDraft } from "./use-draft";
import { saveStateText } from "./save-state-text";
import { useIdempotencyKey } from "../use-idempotency-key";
import { StaleAnswerNotice, staleConflictOf, type TStaleConflict } from "./stale-answer-notice";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useQuestionTimer } from "./use-question-timer";

export interface AnswerFormProps {
  interviewId: string;
  questionId: string;
  kind: TDraftKind;
  /** Keeps drafts apart on this device (the follow-up question they answer). */
  scope?: string;
  label: string;
  /** The next attempt's number (1 for a first answer), so a retry's timer starts from zero. */
  attempt: number;
  /** The answer version this view shows (questions[].versions): a submit from a stale view is refused. */
  expectedVersion: number;
  /** "View the current answer" after another tab or device answered first. */
  onViewCurrent?: (answerId: string) => void;
  serverDraft: string;
  /** Texts already submitted for this question and kind: a local copy equal to one of them is stale. */
  submittedTexts: ReadonlySet<string>;
  /** On a retry, the box starts from the previous answer. */
  previousText?: string;
  submitLabel?: string;
  rows?: number;
  /** Move focus into the box when it appears (after "Retry this question"). */
  focusOnMount?: boolean;
  onSubmitted: (answerId: string) => void;
  /** More buttons beside Submit (Skip, Cancel). */
  actions?: ReactNode;
  /** A coding question: the editor and "Run tests" come first, and the text box holds the explanation. */
  coding?: TCodingInput;
}

/** Whether a failed submit names the code or its language (details.field) rather than the text. */
function codeFieldOf(failure: unknown): boolean {
  const field = (failure as { data?: { details?: { field?: unknown } } | null } | null)?.data?.details?.field;
  return field === "code" || field === "language";
}

/** The answer box: renders a placeholder until hydrated, because its text may come from this device. */
export function AnswerForm(props: AnswerFormProps) {
  const t = useTranslations("interview.form");
  const hydrated = useHydrated();
  if (!hydrated) {
    return (
      <div className="space-y-2" aria-busy="true">
        <p className="text-sm font-semibold text-slate-900">{props.label}</p>
        <div className="flex h-56 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-slate-50 text-sm text-slate-600">
          <Spinner /> {t("loadingDraft")}
        </div>
      </div>
    );
  }
  return <AnswerFormReady {...props} />;
}

function AnswerFormReady({
  interviewId,
  questionId,
  kind,
  scope,
  label,
  attempt,
  expectedVersion,
  onViewCurrent,
  serverDraft,
  submittedTexts,
  previousText,
  submitLabel,
  rows = 12,
  focusOnMount = false,
  onSubmitted,
  actions,
  coding,
}: AnswerFormProps) {
  const t = useTranslations("interview.form");
  const errorText = useFormErrorText();
  const failureText = useFailureText();
  const locale = useLocale();
  const utils = api.useUtils();
  const baseId = useId();
  const textareaId = `${baseId}-answer`;
  const counterId = `${baseId}-counter`;
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const codeDraft = useCodeDraft(`${draftKey(interviewId, questionId, kind, scope)}:code`, coding);
  const [codeError, setCodeError] = useState<string | null>(null);
  const codeHandlers = { onLanguageChange: codeDraft.setLanguage, onCodeChange: (value: string) => { codeDraft.setCode(value); setCodeError(null); } };
  const draft = useDraft({
    interviewId,
    questionId,
    kind,
    scope,
    serverDraft,
    submittedTexts,
    fallbackText: previousText,
    syncToServer: kind === "answer",
    code: codeDraft.sync,
  });
  const submitKey = useIdempotencyKey();
  // A retried submit (same text, same version) carries the same Idempotency-Key: one attempt, not two.
  const submit = useMutation({
    mutationFn: (input: TSubmitAnswerInput) => utils.client.interviews.submitAnswer.mutate(input, { context: { idempotencyKey: submitKey.for(input) } }),
  });
  const [conflict, setConflict] = useState<TStaleConflict | null>(null);
  const timer = useQuestionTimer(timerKey(interviewId, questionId, kind, attempt, scope), !submit.isPending);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (focusOnMount) textareaRef.current?.focus();
  }, [focusOnMount]);

  const length = draft.text.length;
  const overLimit = length > MAX_ANSWER_CHARS;
  const words = draft.text.trim() === "" ? 0 : draft.text.trim().split(/\s+/).length;

  function onSubmit(event?: FormEvent<HTMLFormElement>, version = expectedVersion) {
    event?.preventDefault();
    if (submit.isPending) return;
    const codePart = codeDraft.submission();
    if (coding && !codePart) {
      setCodeError(t("codeMissing"));
      return;
    }
    const checked = codePart ? zSafeText().safeParse(draft.text) : ZAnswerTextSchema.safeParse(draft.text);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? t("checkAnswer"));
      textareaRef.current?.focus();
      return;
    }
    const samePrevious = coding ? codePart?.code === coding.previous?.code && draft.text.trim() === (previousText ?? "").trim() : previousText !== undefined && draft.text.trim() === previousText.trim();
    if (samePrevious) {
      setError(t("samePrevious"));
      textareaRef.current?.focus();
      return;
    }
    setError(null);
    setCodeError(null);
    setConflict(null);
    draft.pause(true);
    submit.mutate(
      { id: interviewId, questionId, answer: draft.text, kind, timeSpentSeconds: Math.min(timer.seconds, 24 * 3600), expectedVersion: version, ...(codePart ?? {}) },
      {
        onSuccess: ({ answer }) => {
          submitKey.reset();
          draft.markSubmitted();
          codeDraft.clear();
          timer.clear();
          // The server cleared its draft with the submit.
          if (kind === "answer") patchCachedDraft(utils, interviewId, questionId, "");
          onSubmitted(answer.id);
        },
        onError: (failure) => {
          draft.pause(false);
          const stale = staleConflictOf(failure);
          if (stale) {
            // Another tab or device answered first: say so and let the candidate choose; the text stays here.
            setConflict(stale);
            void utils.interviews.get.invalidate({ id: interviewId });
            return;
          }
          // A refusal of the code itself (a language the question does not take) goes under the editor.
          if (coding && codeFieldOf(failure)) {
            setCodeError(failureText(failure));
            return;
          }
          setError(appCodeOf(failure) === null ? t("unreachable") : failureText(failure));
          textareaRef.current?.focus();
        },
      },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      onSubmit();
    }
  }

  const syncToServer = kind === "answer";
  // A draft the server refused says why in the reader's language ("Черновик — не более 10 000 символов.").
  const saveState = draft.saveState.kind === "refused" ? { ...draft.saveState, message: errorText(draft.saveState.message) } : draft.saveState;
  const statusText = saveStateText(t, locale, saveState, draft.text.length > 0, syncToServer);
  const offline = draft.saveState.kind === "offline" || draft.saveState.kind === "refused";

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={submit.isPending} className="space-y-2">
      {coding ? (
        <CodingWorkspace questionId={questionId} spec={coding.spec} language={codeDraft.language} code={codeDraft.code} error={codeError} {...codeHandlers} />
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-1">
        <label htmlFor={textareaId} className="font-semibold text-slate-900">
          {coding ? t("explainLabel") : label}
        </label>
        <p className="flex items-center gap-1.5 text-sm text-slate-700">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 text-slate-500" fill="currentColor">
            <path
              fillRule="evenodd"
              d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm.75-13a.75.75 0 0 0-1.5 0v5c0 .414.336.75.75.75h4a.75.75 0 0 0 0-1.5h-3.25V5Z"
              clipRule="evenodd"
            />
          </svg>
          <span className="sr-only">{t("timeOnQuestion")}</span>
          <span role="timer" className="font-mono font-semibold tabular-nums text-slate-900">
            {formatDuration(timer.seconds)}
          </span>
          {timer.paused && !submit.isPending ? <span className="text-xs text-slate-600">{t("paused")}</span> : null}
        </p>
      </div>
      {draft.restoredFromDevice ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800">{t("restored")}</p>
      ) : null}
      {draft.prefilled ? (
        <p id={hintId} className="text-sm text-slate-600">
          {t("prefilled")}
        </p>
      ) : null}
      <textarea
        ref={textareaRef}
        id={textareaId}
        name="answer"
        dir="auto"
        rows={coding ? 5 : rows}
        value={draft.text}
        onChange={(event) => {
          // Invisible control characters (a paste from a PDF or a terminal) would get the whole answer refused.
          draft.setText(withoutTextControls(event.target.value));
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
        spellCheck
        aria-invalid={error || overLimit ? true : undefined}
        aria-describedby={describedBy(error ? errorId : undefined, draft.prefilled && hintId, counterId)}
        className={inputClass(Boolean(error) || overLimit, "mt-0 min-h-[8rem] resize-y leading-relaxed")}
      />
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 text-sm">
        <p className={`flex items-center gap-1.5 ${offline ? "font-medium text-amber-900" : "text-slate-600"}`} data-testid="save-status">
          {draft.saveState.kind === "saving" ? <Spinner /> : null}
          {statusText}
        </p>
        <p id={counterId} className={overLimit ? "font-semibold text-red-700" : "text-slate-600"}>
          {t.rich("characters", {
            length: formatCount(length, locale),
            max: formatCount(MAX_ANSWER_CHARS, locale),
            count: (chunks) => <span className="tabular-nums">{chunks}</span>,
          })}
          <span className="text-slate-600"> · {t("words", { count: words })}</span>
          {overLimit ? <span> · {t("overLimit", { count: formatCount(length - MAX_ANSWER_CHARS, locale) })}</span> : null}
        </p>
      </div>
      <p role="status" className="sr-only">
        {draft.announcement}
      </p>
      {error ? <FieldError id={errorId} message={error} /> : null}
      {conflict ? (
        <StaleAnswerNotice
          conflict={conflict}
          pending={submit.isPending}
          onView={conflict.current && onViewCurrent ? () => onViewCurrent(conflict.current!.id) : undefined}
          onSubmitAnyway={() => onSubmit(undefined, conflict.currentVersion)}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-3 pt-2">
        <SubmitButton pending={submit.isPending} pendingLabel={t("submitting")}>
          {submitLabel ?? t("submit")}
        </SubmitButton>
        {actions}
        <p className="hidden text-xs text-slate-600 sm:block">
          {t.rich("shortcut", { kbd: (chunks) => <kbd className="rounded border border-slate-300 px-1 font-sans">{chunks}</kbd> })}
        </p>
      </div>
    </form>
  );
}
