import { SolidIcon } from "@/app/_components/icons";
import { DisputeScoreButton } from "@/app/_components/dispute-score-button";
import { Markdown } from "@/app/_components/markdown/markdown";
import { FeedbackCard } from "@/app/_components/score/feedback-card";
import type { TAnswer } from "@/server/contracts/interviews";
import { formatDuration, isoDuration } from "@/app/_components/interview-words";
import { questionSeconds, type TQuestion } from "./report-data";

const QUESTION_STATUS: Record<TQuestion["status"], string> = {
  answered: "Answered",
  skipped: "Skipped",
  pending: "Not answered",
};

/** One question of the report: what was asked, every attempt and follow-up, and their feedback. */
export function QuestionReport({ question, index }: { question: TQuestion; index: number }) {
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
            Question {index + 1}
          </h3>
          <span>{QUESTION_STATUS[question.status]}</span>
          {duration && seconds !== null ? (
            <span className="inline-flex items-center gap-1">
              <SolidIcon name="clock" className="h-4 w-4 text-slate-500" />
              <span className="sr-only">Time spent: </span>
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
        <p className="mt-2 text-lg font-medium text-slate-900">{question.text}</p>
        {question.tags.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Topics">
            {question.tags.map((tag) => (
              <li key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      {question.attempts.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">
          {question.status === "skipped" ? "You skipped this question, so it counts as 0." : "This question was not answered, so it counts as 0."}
        </p>
      ) : (
        <ol className="mt-5 space-y-6">
          {question.attempts.map((attempt, attemptIndex) => {
            const earlier = question.attempts.slice(0, attemptIndex).filter((other) => other.kind === attempt.kind && other.score);
            return (
              <li key={attempt.id} className="break-inside-avoid">
                <AttemptReport
                  attempt={attempt}
                  label={attemptLabel(attempt, mainAttempts)}
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

function attemptLabel(attempt: TAnswer, mainAttempts: TAnswer[]): string {
  if (attempt.kind === "follow_up") return "Follow-up";
  if (mainAttempts.length === 1) return "Your answer";
  return `Your answer, attempt ${attempt.attempt}`;
}

interface AttemptReportProps {
  attempt: TAnswer;
  label: string;
  previous: TAnswer["score"];
  /** Per attempt only when there are several; one attempt's time is the question's, shown above. */
  showTime: boolean;
}

function AttemptReport({ attempt, label, previous, showTime }: AttemptReportProps) {
  const duration = showTime ? formatDuration(attempt.timeSpentSeconds) : null;
  return (
    <div className="space-y-3">
      <div>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{label}</p>
          {duration ? <span className="text-xs text-slate-600">{duration}</span> : null}
        </div>
        {attempt.kind === "follow_up" ? <p className="mt-1 font-medium text-slate-900">{attempt.prompt}</p> : null}
        <blockquote className="mt-2 border-l-4 border-slate-300 py-1 pl-4 text-sm text-slate-800 sm:text-base">
          <Markdown source={attempt.text} variant="answer" />
        </blockquote>
      </div>
      {attempt.score ? (
        <>
          <FeedbackCard score={attempt.score} previous={previous} review={attempt.review} title={feedbackTitle(label)} markdown={Markdown} />
          {attempt.status === "scored" ? (
            <div className="no-print">
              <DisputeScoreButton answerId={attempt.id} />
            </div>
          ) : null}
        </>
      ) : (
        <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700">{unscoredText(attempt)}</p>
      )}
    </div>
  );
}

function feedbackTitle(label: string): string {
  if (label === "Follow-up") return "Score for your follow-up answer";
  return label === "Your answer" ? "Score for your answer" : `Score for ${label.replace("Your answer, ", "")}`;
}

function unscoredText(attempt: TAnswer): string {
  switch (attempt.status) {
    case "pending":
      return "This answer is still being scored.";
    case "flagged":
      return `This answer was held back for review${attempt.flagReasons.length ? `: ${attempt.flagReasons.join(", ")}` : ""}.`;
    case "failed":
      return "We could not score this answer.";
    default:
      return "No score for this answer.";
  }
}
