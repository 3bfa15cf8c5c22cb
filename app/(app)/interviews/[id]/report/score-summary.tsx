import { useTranslations } from "next-intl";
import type { TInterview } from "@/server/contracts/interviews";
import { PassBadge } from "../../_components/result-badge";
import { ScoreCountingChoice } from "../../_components/score-counting-choice";
import { ScoreRing } from "@/app/_components/score/score-ring";

/** The headline: the overall score as a ring, and whether it clears the level's pass mark. */
export function ScoreSummary({ interview }: { interview: TInterview }) {
  const t = useTranslations("report");
  const tv = useTranslations("vocabulary");
  const score = interview.overallScore ?? 0;
  const passed = interview.passed ?? score >= interview.passThreshold;
  const gap = score - interview.passThreshold;
  const answered = interview.questions.filter((question) => question.answer).length;
  return (
    <section
      aria-labelledby="overall-heading"
      className="break-inside-avoid rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:shadow-none sm:p-6"
    >
      <h2 id="overall-heading" className="sr-only">
        {t("overall")}
      </h2>
      <div className="flex flex-col items-center gap-6 text-center sm:flex-row sm:text-left">
        <ScoreRing score={score} threshold={interview.passThreshold} passed={passed} />
        <div className="min-w-0">
          <p className="text-sm font-medium text-slate-600">{t("overall")}</p>
          <p className="mt-1 text-2xl font-bold text-slate-900" data-testid="overall-score">
            {score}
            <span className="text-base font-medium text-slate-600"> / 100</span>
          </p>
          <div className="mt-3 flex flex-wrap items-center justify-center gap-2 sm:justify-start">
            <PassBadge passed={passed} />
            <span className="text-sm font-medium text-slate-800">
              {t("passMarkFor", { level: tv(`levels.${interview.level}`), mark: interview.passThreshold })}
            </span>
          </div>
          <p className="mt-3 max-w-prose text-left text-sm text-slate-700">
            {passed ? (gap === 0 ? t("passExact") : t("passAbove", { count: gap })) : t("passShort", { count: -gap })}{" "}
            {t("averageOf", {
              counting: interview.scoreCounting === "best" ? "best" : "latest",
              count: interview.questions.length,
              unanswered: answered < interview.questions.length ? "yes" : "no",
            })}
          </p>
          <ScoreCountingChoice interviewId={interview.id} counting={interview.scoreCounting} />
        </div>
      </div>
    </section>
  );
}
