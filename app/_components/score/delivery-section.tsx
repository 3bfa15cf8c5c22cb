import { useLocale, useTranslations } from "next-intl";
import { formatCount, formatPoints } from "@/app/_components/format";
import type { TAnswerVoice, TDeliveryAnalysis } from "@/server/contracts/voice";
import { minutesSeconds, transcriptRuns } from "./delivery-marks";

const VERDICT_TONE = { good: "bg-green-50 text-green-900 ring-green-200", warn: "bg-amber-50 text-amber-950 ring-amber-200" } as const;

/** One measurement: its name, the number, and what it means in a sentence (never colour alone). */
function Measure({ label, value, note, good }: { label: string; value: string; note?: string; good: boolean | null }) {
  return (
    <div className={`rounded-lg p-4 ring-1 ${good === false ? VERDICT_TONE.warn : good ? VERDICT_TONE.good : "bg-slate-50 text-slate-900 ring-slate-200"}`}>
      <dt className="text-sm font-semibold">{label}</dt>
      <dd className="mt-1 text-base font-semibold tabular-nums">{value}</dd>
      {note ? <dd className="mt-1 text-sm">{note}</dd> : null}
    </div>
  );
}

function Measures({ delivery }: { delivery: TDeliveryAnalysis }) {
  const t = useTranslations("voice.delivery");
  const locale = useLocale();
  const fillerEntries = Object.entries(delivery.fillerCounts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const pauseSeconds = formatPoints(delivery.longPauseSec, locale);
  return (
    <dl className="mt-4 grid gap-3 sm:grid-cols-2">
      <Measure
        label={t("rate")}
        value={delivery.wordsPerMinute === null ? t("rateNone") : t("rateValue", { wpm: formatCount(Math.round(delivery.wordsPerMinute), locale) })}
        note={delivery.rateVerdict ? `${t("rateBasis", { basis: delivery.rateBasis })}. ${t("rateVerdict", { verdict: delivery.rateVerdict })}` : undefined}
        good={delivery.rateVerdict === null ? null : delivery.rateVerdict === "good"}
      />
      <Measure
        label={t("fillers")}
        value={delivery.fillers.length === 0 ? t("fillersNone") : t("fillersTotal", { count: delivery.fillers.length, perHundred: formatPoints(delivery.fillersPerHundredWords, locale) })}
        note={fillerEntries.map(([filler, count]) => t("fillerCount", { filler, count })).join(", ") || undefined}
        good={delivery.fillersPerHundredWords <= 4}
      />
      <Measure
        label={t("pauses")}
        value={delivery.longPauses.length === 0 ? t("pausesNone", { seconds: pauseSeconds }) : t("pausesCount", { count: delivery.longPauses.length, seconds: pauseSeconds })}
        note={delivery.longPauses.map((pause) => t("pauseAt", { start: minutesSeconds(pause.startSec), end: minutesSeconds(pause.endSec) })).join(", ") || undefined}
        good={delivery.longPauses.length === 0 ? true : null}
      />
      <Measure
        label={t("talkTime")}
        value={
          delivery.suggestedSec === null
            ? t("talkTimeOnly", { duration: minutesSeconds(delivery.durationSec) })
            : t("talkTimeValue", { duration: minutesSeconds(delivery.durationSec), suggested: minutesSeconds(delivery.suggestedSec) })
        }
        note={delivery.talkTimeVerdict ? t("talkVerdict", { verdict: delivery.talkTimeVerdict }) : undefined}
        good={delivery.talkTimeVerdict === null ? null : delivery.talkTimeVerdict === "on_target"}
      />
    </dl>
  );
}

/** The words as transcribed, fillers marked where they occur (a <mark> and, for screen readers, a word). */
function MarkedTranscript({ text, delivery }: { text: string; delivery: TDeliveryAnalysis }) {
  const t = useTranslations("voice.delivery");
  const runs = transcriptRuns(text, delivery.fillers);
  return (
    <div className="mt-4">
      <h5 className="text-sm font-semibold text-slate-900">{t("transcript")}</h5>
      <p dir="auto" className="mt-1 whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-sm leading-relaxed text-slate-800" data-testid="delivery-transcript">
        {runs.map((run, index) =>
          run.filler ? (
            <mark key={index} className="rounded bg-amber-200 px-0.5 text-slate-900 underline decoration-amber-700 decoration-dotted underline-offset-2">
              {run.text}
              <span className="sr-only"> {t("fillerMark")}</span>
            </mark>
          ) : (
            <span key={index}>{run.text}</span>
          ),
        )}
      </p>
    </div>
  );
}

/**
 * A spoken answer's delivery on the feedback card: speaking rate, fillers (and where they are), long
 * pauses, talk time against the suggested length, and the recording to replay. Server or client.
 */
export function DeliverySection({ voice }: { voice: TAnswerVoice }) {
  const t = useTranslations("voice.delivery");
  const delivery = voice.delivery;
  const transcript = voice.correctedTranscript ?? voice.transcript ?? "";
  return (
    <section aria-labelledby={`delivery-${voice.recordingId}`} className="mt-6 rounded-xl border border-slate-200 p-4 sm:p-5" data-testid="delivery-section">
      <h4 id={`delivery-${voice.recordingId}`} className="text-base font-semibold text-slate-900">
        {t("heading")}
      </h4>
      <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
      {delivery && delivery.wordCount > 0 ? <Measures delivery={delivery} /> : <p className="mt-3 text-sm text-slate-700">{t("nothingSaid")}</p>}
      {delivery && transcript ? <MarkedTranscript text={transcript} delivery={delivery} /> : null}
      <p className="mt-3 text-xs text-slate-600">
        {t("engine", { engine: voice.engine ?? "other" })}
        {voice.correctedTranscript ? ` ${t("corrected")}` : ""}
      </p>
      <div className="mt-4">
        <p className="text-sm font-semibold text-slate-900" id={`delivery-audio-${voice.recordingId}`}>
          {t("recording")}
        </p>
        {voice.audioUrl ? (
          <audio controls preload="metadata" src={voice.audioUrl} aria-labelledby={`delivery-audio-${voice.recordingId}`} className="mt-2 w-full max-w-md" />
        ) : (
          <p className="mt-1 text-sm text-slate-700">{t("audioDeleted")}</p>
        )}
      </div>
    </section>
  );
}
