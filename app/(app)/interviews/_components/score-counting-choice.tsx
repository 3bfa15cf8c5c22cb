"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { MutationErrorText } from "@/app/_components/mutation-error-text";
import { api } from "@/app/_trpc/client";
import type { TInterview } from "@/server/contracts/interviews";

const CHOICES = ["best", "latest"] as const;

/**
 * Which attempt counts toward this interview's overall score, shown beside the score and changeable:
 * the server recomputes the score and pass/fail, and the page shows the new numbers.
 */
export function ScoreCountingChoice({ interviewId, counting }: { interviewId: string; counting: TInterview["scoreCounting"] }) {
  const t = useTranslations("interview.counting");
  const router = useRouter();
  const utils = api.useUtils();
  const name = useId();
  const change = api.interviews.setScoreCounting.useMutation({
    onSuccess: ({ interview }) => {
      utils.interviews.get.setData({ id: interviewId }, { interview });
      void utils.interviews.list.invalidate();
      router.refresh();
    },
  });
  const selected = change.isPending && change.variables ? change.variables.counting : counting;
  return (
    <fieldset className="mt-3 text-left text-sm no-print" aria-busy={change.isPending}>
      <legend className="font-medium text-slate-800">{t("legend")}</legend>
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {CHOICES.map((choice) => (
          <label key={choice} className="flex min-h-[44px] cursor-pointer items-center gap-2 sm:min-h-0">
            <input
              type="radio"
              name={name}
              value={choice}
              checked={selected === choice}
              disabled={change.isPending}
              onChange={() => change.mutate({ id: interviewId, counting: choice })}
              className="h-4 w-4 accent-brand-700"
            />
            <span className="text-slate-900">{t(choice)}</span>
          </label>
        ))}
      </div>
      <p className="mt-1 text-slate-600" data-testid="score-counting">
        {t("now", { hint: t(selected === "latest" ? "latestHint" : "bestHint") })}
      </p>
      <MutationErrorText mutation={change} className="mt-1" />
    </fieldset>
  );
}
