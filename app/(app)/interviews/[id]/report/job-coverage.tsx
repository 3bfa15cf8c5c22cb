/**
 * The job coverage section of a tailored interview's report: each requirement of the job with the
 * answers that showed it (quoted), "not yet shown" otherwise, and questions to practise next.
 * Renders nothing for an ordinary interview.
 */
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { serverCaller } from "@/app/_trpc/server";
import type { TCoverage } from "@/server/contracts/job-targets";

const STATUS_CLASS: Record<TCoverage["requirements"][number]["status"], string> = {
  shown: "bg-green-100 text-green-900",
  weak: "bg-amber-100 text-amber-900",
  not_yet_shown: "bg-slate-100 text-slate-800",
};

/** The job's own title and company inside the heading: the candidate's words, marked so the language walks skip them. */
function asData(chunks: ReactNode) {
  return (
    <span data-user-content dir="auto">
      {chunks}
    </span>
  );
}

export async function JobCoverage({ interviewId }: { interviewId: string }) {
  const [{ coverage }, t] = await Promise.all([(await serverCaller()).jobTargets.coverage({ interviewId }), getTranslations("jobs.coverage")]);
  if (!coverage) return null;
  const shown = coverage.requirements.filter((requirement) => requirement.status === "shown").length;
  return (
    <section aria-labelledby="coverage-heading" className="mt-10">
      <h2 id="coverage-heading" className="text-xl font-bold text-slate-900">
        {coverage.jobTarget.company ? t.rich("headingAt", { title: coverage.jobTarget.title, company: coverage.jobTarget.company, job: asData, org: asData }) : t.rich("heading", { title: coverage.jobTarget.title, job: asData })}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {t("summary", { shown, total: coverage.requirements.length })}{" "}
        <Link href={`/jobs/${coverage.jobTarget.id}`} className="no-print rounded font-medium text-brand-700 hover:text-brand-900 hover:underline">
          {t("open")}
        </Link>
      </p>
      <ul className="mt-4 space-y-3">
        {coverage.requirements.map((requirement) => (
          <li key={requirement.requirementId ?? requirement.text} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p data-user-content dir="auto" className="font-medium text-slate-900">
                {requirement.text}
              </p>
              <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_CLASS[requirement.status]}`}>{t(`status.${requirement.status}`)}</span>
            </div>
            {requirement.evidence.map((evidence) => (
              <blockquote key={evidence.questionId} className="mt-2 border-l-4 border-green-300 pl-3 text-sm text-slate-700">
                {t("quote", { quote: evidence.quote })} <span className="text-slate-500">{t("scored", { score: evidence.score })}</span>
              </blockquote>
            ))}
            {requirement.suggestedQuestions.length > 0 ? (
              <div className="mt-2 text-sm">
                <p className="text-slate-600">{t("practiseNext")}</p>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-800">
                  {requirement.suggestedQuestions.map((question) => (
                    <li key={question.id} data-user-content>
                      {question.text}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
