"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FieldError } from "@/app/_components/field-error";
import { describedBy, inputClass } from "@/app/_components/field-styles";
import { Spinner } from "@/app/_components/spinner";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { appCodeOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZAnswerTextSchema, type TSubmitAnswerInput } from "@/server/contracts/interviews";
import type { TRecording } from "@/server/contracts/voice";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";
import { useIdempotencyKey } from "../../use-idempotency-key";
import { useRecordingStatus } from "./use-recording-status";

export interface TranscriptReviewProps {
  interviewId: string;
  questionId: string;
  kind: TAnswerKind;
  expectedVersion: number;
  recording: TRecording;
  /** The take's local address, so the candidate can listen while reading the transcript. */
  localAudioUrl: string | null;
  timeSpentSeconds: number;
  onSubmitted: (answerId: string) => void;
  onRecordAgain: () => void;
  actions?: ReactNode;
}

/** The text the box starts from: the candidate's correction, the engine's transcript, else the browser's draft. */
function startingText(recording: TRecording): string {
  return recording.correctedTranscript ?? recording.transcript ?? recording.browserTranscript ?? "";
}

/**
 * After the upload: "Transcribing…" (pushed), then the transcript in an editable box that says which
 * engine wrote it; the correction is saved beside the original (voice.correct) and the corrected
 * text is what is submitted, with the recording. A failed transcription says why and leaves the box
 * to type in (starting from the browser's captions when there were any).
 */
export function TranscriptReview(props: TranscriptReviewProps) {
  const { interviewId, questionId, kind, expectedVersion, localAudioUrl, timeSpentSeconds, onSubmitted, onRecordAgain, actions } = props;
  const t = useTranslations("voice.review");
  const te = useTranslations("voice.engines");
  const failureText = useFailureText();
  const { recording, setRecording, connectionTrouble } = useRecordingStatus(props.recording);
  const utils = api.useUtils();
  const baseId = useId();
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(() => startingText(props.recording));
  const [edited, setEdited] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const correct = api.voice.correct.useMutation();
  const submitKey = useIdempotencyKey();
  const submit = useMutation({
    mutationFn: (input: TSubmitAnswerInput) => utils.client.interviews.submitAnswer.mutate(input, { context: { idempotencyKey: submitKey.for(input) } }),
  });
  const transcribing = recording.status === "transcribing";

  // The transcript arrives: fill the box (unless the candidate already typed), then move there.
  // Only on a status change: a saved correction must not overwrite the box.
  const [seenStatus, setSeenStatus] = useState(recording.status);
  if (seenStatus !== recording.status) {
    setSeenStatus(recording.status);
    if (!edited) setText(startingText(recording));
  }
  useEffect(() => {
    if (!transcribing) boxRef.current?.focus();
  }, [transcribing]);

  const stored = recording.correctedTranscript ?? recording.transcript ?? "";
  const changed = text.trim() !== stored.trim();

  async function saveCorrection(): Promise<boolean> {
    if (!changed || text.trim() === "") return true;
    try {
      const result = await correct.mutateAsync({ id: recording.id, transcript: text });
      setRecording(result.recording);
      setSavedNote(true);
      return true;
    } catch (failure) {
      setError(appCodeOf(failure) === null ? t("unreachable") : failureText(failure));
      return false;
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending || correct.isPending) return;
    const checked = ZAnswerTextSchema.safeParse(text);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? t("empty"));
      boxRef.current?.focus();
      return;
    }
    setError(null);
    // The correction is kept beside the original (and delivery measured on it) before it is scored.
    // A failed recording's typed text is saved too (delivery is then measured on it), but is not held up by it.
    if (!(await saveCorrection())) {
      if (recording.status === "transcribed") return;
      setError(null);
    }
    submit.mutate(
      { id: interviewId, questionId, kind, answer: text, recordingId: recording.id, timeSpentSeconds: Math.min(Math.round(timeSpentSeconds), 24 * 3600), expectedVersion },
      {
        onSuccess: ({ answer }) => {
          submitKey.reset();
          onSubmitted(answer.id);
        },
        onError: (failure) => {
          setError(appCodeOf(failure) === null ? t("unreachable") : failureText(failure));
          boxRef.current?.focus();
        },
      },
    );
  }

  const boxId = `${baseId}-transcript`;
  const noteId = `${baseId}-note`;
  const errorId = `${baseId}-error`;
  const audioLabelId = `${baseId}-audio`;
  const audioUrl = recording.audioUrl ?? localAudioUrl;

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={submit.isPending || correct.isPending} className="space-y-4" data-testid="transcript-review">
      {audioUrl ? (
        <div>
          <p id={audioLabelId} className="text-sm font-semibold text-slate-900">
            {t("recording")}
          </p>
          <audio controls preload="metadata" src={audioUrl} aria-labelledby={audioLabelId} className="mt-1 w-full max-w-md" />
        </div>
      ) : null}

      <div role="status" aria-live="polite" className={transcribing ? "flex items-start gap-3 rounded-xl border border-brand-100 bg-brand-50 p-4 text-slate-900" : "sr-only"}>
        {transcribing ? (
          <>
            <span className="mt-0.5 text-brand-700">
              <Spinner />
            </span>
            <span>
              <strong className="block font-semibold">{recording.engine ? t("transcribingWith", { engine: te(recording.engine) }) : t("transcribing")}</strong>
              <span className="mt-1 block text-sm text-slate-700">{t("transcribingNote")}</span>
              {connectionTrouble ? <span className="mt-1 block text-sm font-medium text-amber-900">{t("connection")}</span> : null}
            </span>
          </>
        ) : recording.status === "failed" ? (
          t("failed")
        ) : (
          t("engineNote", { engine: recording.engine ?? "other" })
        )}
      </div>

      {recording.status === "failed" ? (
        <div className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950" data-testid="transcription-failed">
          <p className="font-semibold">{t("failed")}</p>
          {recording.failureCode ? <p className="mt-1">{t("reason", { reason: t(`failure.${recording.failureCode}`) })}</p> : null}
          <p className="mt-1">
            {t("failedHint")} {recording.browserTranscript && !recording.transcript ? t("failedDraft") : ""}
          </p>
        </div>
      ) : null}

      {transcribing ? null : (
        <div className="space-y-2">
          <label htmlFor={boxId} className="block font-semibold text-slate-900">
            {t("label")}
          </label>
          {recording.status === "transcribed" ? (
            <p id={noteId} className="text-sm text-slate-700">
              {t("engineNote", { engine: recording.engine ?? "other" })}
            </p>
          ) : null}
          <textarea
            ref={boxRef}
            id={boxId}
            name="transcript"
            dir="auto"
            rows={8}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setEdited(true);
              setSavedNote(false);
              if (error) setError(null);
            }}
            spellCheck
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(error ? errorId : undefined, recording.status === "transcribed" && noteId)}
            className={inputClass(Boolean(error), "mt-0 min-h-[8rem] resize-y leading-relaxed")}
          />
          {error ? <FieldError id={errorId} message={error} /> : null}
          <p role="status" className="text-sm text-green-800">
            {savedNote ? t("saved") : ""}
          </p>
        </div>
      )}

      <div className="flex flex-wrap items-center gap-3 pt-1">
        {transcribing ? null : (
          <>
            <SubmitButton pending={submit.isPending} pendingLabel={t("submitting")}>
              {t("submit")}
            </SubmitButton>
            {recording.status === "transcribed" && changed ? (
              <SubmitButton type="button" variant="secondary" pending={correct.isPending} pendingLabel={t("saving")} onClick={() => void saveCorrection()}>
                {t("save")}
              </SubmitButton>
            ) : null}
          </>
        )}
        <button type="button" onClick={onRecordAgain} className={buttonClass("secondary")}>
          {t("recordAgain")}
        </button>
        {actions}
      </div>
    </form>
  );
}
