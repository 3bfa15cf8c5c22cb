/**
 * Above a tailored interview: which job it practises for and which requirement each question
 * covers. Renders nothing for an ordinary interview.
 */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { serverCaller } from "@/app/_trpc/server";

export async function JobFocusNote({ interviewId }: { interviewId: string }) {
  const { coverage } = await (await serverCaller()).jobTargets.coverage({ interviewId });
  if (!coverage) return null;
  const t = await getTranslations("jobs.focus");
  return (
    <aside aria-label={t("label")} className="mx-auto mt-4 max-w-5xl px-4 sm:px-6">
      <details className="rounded-xl border border-brand-100 bg-brand-50 p-4 text-sm text-slate-800">
        <summary className="cursor-pointer font-semibold text-slate-900">
          {t.rich("summary", {
            title: coverage.jobTarget.title,
            link: (chunks) => (
              <Link href={`/jobs/${coverage.jobTarget.id}`} className="rounded text-brand-700 underline hover:text-brand-900">
                {chunks}
              </Link>
            ),
          })}
        </summary>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {coverage.items.map((item) => (
            <li key={item.questionId}>{t("practises", { requirement: item.requirementText ?? t("general") })}</li>
          ))}
        </ol>
      </details>
    </aside>
  );
}
