import { useTranslations } from "next-intl";
import { questionTextLanguage } from "@/app/_components/content-language";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { SolidIcon } from "@/app/_components/icons";
import { DisputeScoreButton } from "@/app/_components/dispute-score-button";
import { Markdown } from "@/app/_components/markdown/markdown";
import { FeedbackCard } from "@/app/_components/score/feedback-card";
import type { TAnswer } from "@/server/contracts/interviews";
import { isoDuration } from "@/app/_components/interview-words";
import { useTopicLabel } from "@/app/_components/topic-name";
import { FoldedAnswer } from "./folded-answer";
import { useDuration } from "./use-duration";
import { questionSeconds, type TQuestion } from "./report-data";

/** One question of the report: what was asked, every attempt and follow-up, and their feedback. */
export function QuestionReport({ question, index, interviewLanguage }: { question: TQuestion; index: number; interviewLanguage: TLanguage }) {
  const t = useTranslations("report.question");
  const topicLabel = useTopicLabel();
  const formatDuration = useDuration();
  const seconds = questionSeconds(question);
  const duration = formatDuration(seconds);
  const headingId = `question-${index + 1}-heading`;
  const latestTotal = question.answer?.score?.total;
  const mainAttempts = question.attempts.filter((attempt) => attempt.kind === "answer");
  return (
    <article aria-labelledby={headingId} className="break-inside-avoid border-t border-slate-200 pt-6">
      <header>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
          <h3 id={headingId} className="font-semibold text-slate-900">
            {t("heading", { n: index + 1 })}
          </h3>
          <span>{t(`status.${question.status}`)}</span>
          {duration && seconds !== null ? (
            <span className="inline-flex items-center gap-1">
              <SolidIcon name="clock" className="h-4 w-4 text-slate-500" />
              <span className="sr-only">{t("timeSpent")}</span>
              <time dateTime={isoDuration(seconds)}>{duration}</time>
            </span>
          ) : null}
          {latestTotal !== undefined ? (
            <span className="ml-auto font-semibold text-slate-900">
              {latestTotal}
              <span className="font-normal text-slate-600">/100</span>
            </span>
          ) : null}
        </div>
        <p className="mt-2 text-lg font-medium text-slate-900" data-user-content lang={questionTextLanguage(question, interviewLanguage)}>
          {question.text}
        </p>
        {question.tags.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t("topics")}>
            {question.tags.map((tag) => {
              const { name, asWritten } = topicLabel(tag);
              return (
                <li key={tag} data-user-content={asWritten || undefined} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                  {name}
                </li>
              );
            })}
          </ul>
        ) : null}
      </header>

      {question.attempts.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">
          {question.status === "skipped" ? t("skippedZero") : t("unansweredZero")}
        </p>
      ) : (
        <ol className="mt-5 space-y-6">
          {question.attempts.map((attempt, attemptIndex) => {
            const earlier = question.attempts.slice(0, attemptIndex).filter((other) => other.kind === attempt.kind && other.score);
            return (
              <li key={attempt.id} className="break-inside-avoid">
                <AttemptReport
                  attempt={attempt}
                  label={attemptLabel(t, attempt, mainAttempts)}
                  title={feedbackTitle(t, attempt, mainAttempts)}
                  previous={earlier.at(-1)?.score ?? null}
                  showTime={question.attempts.length > 1}
                />
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}

type TQuestionText = ReturnType<typeof useTranslations<"report.question">>;

function attemptLabel(t: TQuestionText, attempt: TAnswer, mainAttempts: TAnswer[]): string {
  if (attempt.kind === "follow_up") return t("followUp");
  if (mainAttempts.length === 1) return t("yourAnswer");
  return t("yourAnswerAttempt", { attempt: attempt.attempt });
}

function feedbackTitle(t: TQuestionText, attempt: TAnswer, mainAttempts: TAnswer[]): string {
  if (attempt.kind === "follow_up") return t("scoreFollowUp");
  if (mainAttempts.length === 1) return t("scoreAnswer");
  return t("scoreAttempt", { attempt: attempt.attempt });
}

interface AttemptReportProps {
  attempt: TAnswer;
  label: string;
  /** The feedback card's heading. */
  title: string;
  previous: TAnswer["score"];
  /** Per attempt only when there are several; one attempt's time is the question's, shown above. */
  showTime: boolean;
}

function AttemptReport({ attempt, label, title, previous, showTime }: AttemptReportProps) {
  const t = useTranslations("report.question");
  const formatDuration = useDuration();
  const duration = showTime ? formatDuration(attempt.timeSpentSeconds) : null;
  return (
    <div className="space-y-3">
      <div>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{label}</p>
          {duration ? <span className="text-xs text-slate-600">{duration}</span> : null}
        </div>
        {attempt.kind === "follow_up" ? (
          <p className="mt-1 font-medium text-slate-900" data-user-content>
            {attempt.prompt}
          </p>
        ) : null}
        <blockquote className="mt-2 border-l-4 border-slate-300 py-1 pl-4 text-sm text-slate-800 sm:text-base">
          <FoldedAnswer text={attempt.text}>
            {/* The candidate's own words, in whatever language they wrote (not interface text). */}
            <div data-user-content>
              <Markdown source={attempt.text} variant="answer" />
            </div>
          </FoldedAnswer>
        </blockquote>
      </div>
      {attempt.score ? (
        <>
          <FeedbackCard score={attempt.score} previous={previous} review={attempt.review} title={title} markdown={Markdown} voice={attempt.voice} />
          {attempt.status === "scored" ? (
            <div className="no-print">
              <DisputeScoreButton answerId={attempt.id} />
            </div>
          ) : null}
        </>
      ) : (
        <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700">{unscoredText(t, attempt)}</p>
      )}
    </div>
  );
}

/** What a report says in place of a score (exported for its test). */
export function unscoredText(t: TQuestionText, attempt: Pick<TAnswer, "status" | "flagReasons">): string {
  switch (attempt.status) {
    case "pending":
      return t("pending");
    case "flagged":
      // Reasons are stable codes ("user_dispute"): each is named in the reader's language, an unknown one as written.
      return attempt.flagReasons.length ? t("flaggedWhy", { reasons: attempt.flagReasons.map((reason) => (t.has(`reasons.${reason}` as "reasons.user_dispute") ? t(`reasons.${reason}` as "reasons.user_dispute") : reason)).join(", ") }) : t("flagged");
    case "failed":
      return t("failed");
    default:
      return t("noScore");
  }
}
