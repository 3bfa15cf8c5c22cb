"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { Spinner } from "@/app/_components/spinner";
import { LevelMeter } from "./level-meter";
import { RecordingTimer } from "./recording-timer";
import type { TCaptionsState } from "./use-live-captions";
import type { useRecorder } from "./use-recorder";
import type { TRecordingProblem } from "./voice-support";

export interface RecorderPanelProps {
  recorder: ReturnType<typeof useRecorder>;
  captions: { state: TCaptionsState; text: string };
  /** Why this browser cannot record at all (the file upload may still work); null when it can. */
  unsupported: TRecordingProblem | null;
  suggestedSec: number;
  /** Converting or uploading the take. */
  busy: "converting" | "uploading" | null;
  /** A problem reading the file, or the upload's error sentence. */
  error: string | null;
  /** Start (or start over): the captions of an earlier take are dropped too. */
  onStart: () => void;
  onTranscribe: () => void;
}

/** Start / pause / resume / stop / record again, the meter, the timer, live captions, playback, or a file instead. */
export function RecorderPanel({ recorder, captions, unsupported, suggestedSec, busy, error, onStart, onTranscribe }: RecorderPanelProps) {
  const t = useTranslations("voice");
  const fileId = useId();
  const fileHintId = useId();
  const audioLabelId = useId();
  const { status, take } = recorder;
  const live = status === "recording" || status === "paused";
  const problem = unsupported ?? recorder.problem;

  return (
    <div className="space-y-4">
      {problem ? (
        <div role="alert" className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950" data-testid="recording-problem">
          <p className="font-semibold">{t(`problems.${problem}`)}</p>
          <p className="mt-1">{t("problems.textStays")}</p>
        </div>
      ) : null}

      {unsupported ? null : (
        <div className="space-y-3 rounded-xl border border-slate-200 p-4">
          <h3 className="font-semibold text-slate-900">{t("recorder.heading")}</h3>
          <div className="flex flex-wrap items-center gap-2">
            {status === "idle" || status === "requesting" ? (
              <button type="button" onClick={onStart} disabled={status === "requesting" || busy !== null} className={buttonClass("primary")}>
                {status === "requesting" ? (
                  <>
                    <Spinner /> {t("recorder.requesting")}
                  </>
                ) : (
                  <>
                    <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-red-500" /> {t("recorder.start")}
                  </>
                )}
              </button>
            ) : null}
            {status === "recording" ? (
              <button type="button" onClick={recorder.pause} className={buttonClass("secondary")}>
                {t("recorder.pause")}
              </button>
            ) : null}
            {status === "paused" ? (
              <button type="button" onClick={recorder.resume} className={buttonClass("secondary")}>
                {t("recorder.resume")}
              </button>
            ) : null}
            {live ? (
              <button type="button" onClick={recorder.stop} className={buttonClass("primary")}>
                <span aria-hidden="true" className="inline-block h-2.5 w-2.5 bg-white" /> {t("recorder.stop")}
              </button>
            ) : null}
            {status === "stopped" ? (
              <button type="button" onClick={onStart} disabled={busy !== null} className={buttonClass("secondary")}>
                {t("recorder.rerecord")}
              </button>
            ) : null}
            <p role="status" className="text-sm font-medium text-slate-800">
              {status === "recording" ? (
                <span className="inline-flex items-center gap-1.5 text-red-700">
                  <span aria-hidden="true" className="inline-block h-2 w-2 animate-pulse rounded-full bg-red-600" />
                  {t("recorder.recording")}
                </span>
              ) : status === "paused" ? (
                t("recorder.paused")
              ) : status === "stopped" && take?.source === "recording" ? (
                t("recorder.stopped")
              ) : (
                ""
              )}
            </p>
          </div>
          {live ? <LevelMeter level={recorder.level} active={status === "recording"} /> : null}
          {live || (status === "stopped" && take?.source === "recording") ? <RecordingTimer elapsedSec={recorder.elapsedSec} suggestedSec={suggestedSec} /> : null}
          {live && captions.state !== "unsupported" ? (
            <div className="rounded-lg bg-slate-50 p-3 text-sm" data-testid="live-captions">
              <p className="font-semibold text-slate-900">{t("captions.heading")}</p>
              <p className="mt-1 text-slate-600">{captions.state === "unavailable" ? t("captions.unavailable") : t("captions.listening")}</p>
              {captions.state !== "unavailable" ? (
                <p dir="auto" className="mt-1 text-slate-800">
                  {captions.text || t("captions.empty")}
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      )}

      <div>
        <label htmlFor={fileId} className="block text-sm font-semibold text-slate-900">{t("file.label")}</label>
        <p id={fileHintId} className="text-sm text-slate-600">{t("file.hint")}</p>
        <input
          id={fileId}
          type="file"
          accept="audio/*"
          aria-describedby={fileHintId}
          disabled={live || busy !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) recorder.takeFile(file);
            event.target.value = "";
          }}
          className="mt-1 block w-full max-w-md text-sm text-slate-800 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium file:text-slate-900 hover:file:bg-slate-200"
        />
        {take?.source === "file" && take.name ? <p className="mt-1 text-sm text-slate-700">{t("file.chosen", { name: take.name })}</p> : null}
      </div>

      {take && status === "stopped" ? (
        <div className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4">
          <p id={audioLabelId} className="text-sm font-semibold text-slate-900">
            {t("recorder.playback")}
          </p>
          <audio controls preload="metadata" src={take.url} aria-labelledby={audioLabelId} className="w-full max-w-md" data-testid="take-playback" />
          <button type="button" onClick={onTranscribe} disabled={busy !== null} aria-busy={busy !== null} className={buttonClass("primary")}>
            {busy ? (
              <>
                <Spinner /> {busy === "converting" ? t("recorder.converting") : t("recorder.uploading")}
              </>
            ) : take.source === "file" ? (
              t("recorder.transcribeFile")
            ) : (
              t("recorder.transcribe")
            )}
          </button>
        </div>
      ) : null}

      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700" data-testid="voice-upload-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
