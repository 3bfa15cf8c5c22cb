/**
 * The job coverage section of a tailored interview's report: each requirement of the job with the
 * answers that showed it (quoted), "not yet shown" otherwise, and questions to practise next.
 * Renders nothing for an ordinary interview.
 */
import Link from "next/link";
import { serverCaller } from "@/app/_trpc/server";
import type { TCoverage } from "@/server/contracts/job-targets";

const STATUS: Record<TCoverage["requirements"][number]["status"], { label: string; className: string }> = {
  shown: { label: "Shown", className: "bg-green-100 text-green-900" },
  weak: { label: "Answered, not yet convincing", className: "bg-amber-100 text-amber-900" },
  not_yet_shown: { label: "Not yet shown", className: "bg-slate-100 text-slate-800" },
};

export async function JobCoverage({ interviewId }: { interviewId: string }) {
  const { coverage } = await (await serverCaller()).jobTargets.coverage({ interviewId });
  if (!coverage) return null;
  const shown = coverage.requirements.filter((requirement) => requirement.status === "shown").length;
  return (
    <section aria-labelledby="coverage-heading" className="mt-10">
      <h2 id="coverage-heading" className="text-xl font-bold text-slate-900">
        Job coverage: {coverage.jobTarget.title}
        {coverage.jobTarget.company ? ` at ${coverage.jobTarget.company}` : ""}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Your answers showed {shown} of {coverage.requirements.length} requirements.{" "}
        <Link href={`/jobs/${coverage.jobTarget.id}`} className="no-print rounded font-medium text-brand-700 hover:text-brand-900 hover:underline">
          Open the job
        </Link>
      </p>
      <ul className="mt-4 space-y-3">
        {coverage.requirements.map((requirement) => (
          <li key={requirement.requirementId ?? requirement.text} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="font-medium text-slate-900">{requirement.text}</p>
              <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS[requirement.status].className}`}>{STATUS[requirement.status].label}</span>
            </div>
            {requirement.evidence.map((evidence) => (
              <blockquote key={evidence.questionId} className="mt-2 border-l-4 border-green-300 pl-3 text-sm text-slate-700">
                “{evidence.quote}” <span className="text-slate-500">(scored {evidence.score})</span>
              </blockquote>
            ))}
            {requirement.suggestedQuestions.length > 0 ? (
              <div className="mt-2 text-sm">
                <p className="text-slate-600">Practise next:</p>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-800">
                  {requirement.suggestedQuestions.map((question) => (
                    <li key={question.id}>{question.text}</li>
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
