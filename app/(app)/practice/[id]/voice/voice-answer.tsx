"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { api } from "@/app/_trpc/client";
import { SUGGESTED_SPEAKING_SECONDS, type TRecording } from "@/server/contracts/voice";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { timerKey } from "../draft-storage";
import { useQuestionTimer } from "../use-question-timer";
import { RecorderPanel } from "./recorder-panel";
import { AudioDecodeError, convertToWav } from "./to-wav";
import { TranscriptReview } from "./transcript-review";
import { uploadRecording, UploadError } from "./upload-recording";
import { useLiveCaptions } from "./use-live-captions";
import { useRecorder } from "./use-recorder";
import { useVoiceSettings } from "./voice-settings";
import { browserAbilities, recordingProblem } from "./voice-support";

export interface VoiceAnswerProps {
  interviewId: string;
  questionId: string;
  kind: TAnswerKind;
  track: TTrack;
  attempt: number;
  expectedVersion: number;
  onSubmitted: (answerId: string) => void;
  /** Skip / Cancel, as beside the typed answer's Submit. */
  actions?: ReactNode;
}

/**
 * Answering out loud: the consent line, then record (or pick a file), convert to WAV in the browser,
 * upload, and review the transcript before it is submitted and scored like a typed answer.
 */
export function VoiceAnswer({ interviewId, questionId, kind, track, attempt, expectedVersion, onSubmitted, actions }: VoiceAnswerProps) {
  const t = useTranslations("voice");
  const locale = useLocale();
  const failureText = useFailureText();
  const { retentionDays } = useVoiceSettings();
  const [unsupported] = useState(() => recordingProblem(browserAbilities()));
  const recorder = useRecorder();
  const captions = useLiveCaptions(recorder.status === "recording", locale);
  const saveBrowserTranscript = api.voice.saveBrowserTranscript.useMutation();
  const [busy, setBusy] = useState<"converting" | "uploading" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recording, setRecording] = useState<TRecording | null>(null);
  const timer = useQuestionTimer(timerKey(interviewId, questionId, kind, attempt), true);

  function uploadErrorText(failure: unknown): string {
    if (failure instanceof AudioDecodeError) return t("problems.decode");
    if (!(failure instanceof UploadError)) return t("upload.server");
    if (failure.problem === "rate_limited" && failure.retryAfterSec) return t("upload.rateLimitedWait", { seconds: failure.retryAfterSec });
    const own = t(`upload.${failure.problem}`);
    // The server's sentence names the limit or the type it found (413, 415, 400): added in the reader's
    // language (its catalog entry), or as written when the reader reads English; never English on a ru/ko page.
    const said = failure.serverMessage && ["too_large", "unsupported", "invalid"].includes(failure.problem) ? failureText(failure.serverBody) : null;
    return said && (locale === "en" || said !== failure.serverMessage) ? `${own} ${said}` : own;
  }

  async function onTranscribe() {
    const take = recorder.take;
    if (!take || busy) return;
    setError(null);
    try {
      setBusy("converting");
      const { blob } = await convertToWav(take.blob);
      setBusy("uploading");
      const uploaded = await uploadRecording({ interviewId, questionId, kind, wav: blob });
      const draft = take.source === "recording" ? captions.text.trim() : "";
      let current = uploaded;
      if (draft) {
        // Kept beside the recording, marked as the browser's draft; a failure here costs nothing.
        const saved = await saveBrowserTranscript.mutateAsync({ id: uploaded.id, text: draft }).catch(() => null);
        current = saved?.recording ?? { ...uploaded, browserTranscript: draft };
      }
      setRecording(current);
    } catch (failure) {
      setError(uploadErrorText(failure));
    } finally {
      setBusy(null);
    }
  }

  function onRecordAgain() {
    if (recording && recording.answerId === null) {
      // Not submitted: the server lets it go (the audio is not kept for nothing).
      void fetch(`/api/v1/recordings/${encodeURIComponent(recording.id)}`, { method: "DELETE", credentials: "same-origin" }).catch(() => undefined);
    }
    setRecording(null);
    setError(null);
    captions.reset();
    recorder.reset();
  }

  return (
    <div className="space-y-4" data-testid="voice-answer">
      <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-slate-800" data-testid="voice-consent">
        {t("consent", { days: retentionDays })}
      </p>
      {recording ? (
        <TranscriptReview
          {...{ interviewId, questionId, kind, expectedVersion, recording }}
          localAudioUrl={recorder.take?.url ?? null}
          timeSpentSeconds={timer.seconds}
          onSubmitted={(answerId) => {
            timer.clear();
            onSubmitted(answerId);
          }}
          onRecordAgain={onRecordAgain}
          actions={actions}
        />
      ) : (
        <>
          <RecorderPanel
            recorder={recorder}
            captions={captions}
            unsupported={unsupported}
            suggestedSec={SUGGESTED_SPEAKING_SECONDS[track]}
            busy={busy}
            error={error}
            onStart={() => {
              captions.reset();
              void recorder.start();
            }}
            onTranscribe={() => void onTranscribe()}
          />
          {actions ? <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">{actions}</div> : null}
        </>
      )}
    </div>
  );
}
