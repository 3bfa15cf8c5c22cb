"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { SelectField } from "@/app/_components/select-field";
import { hrefWith } from "@/app/_components/search-params";

/**
 * "Job": narrow the page to one job target's interviews (the URL carries ?job=). Changing the job
 * drops ?track= so the page opens on the track that job was practised in.
 */
export function JobSelect({ jobs, current }: { jobs: ReadonlyArray<{ id: string; title: string; company: string | null }>; current: string | undefined }) {
  const t = useTranslations("progress");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="w-full sm:w-72" aria-busy={pending}>
      <SelectField
        id="progress-job"
        label={t("job")}
        value={current ?? ""}
        onChange={(event) => startTransition(() => router.push(hrefWith("/progress", { job: event.target.value })))}
      >
        <option value="">{t("allPractice")}</option>
        {jobs.map((job) => (
          <option key={job.id} value={job.id} data-user-content>
            {job.company ? `${job.title} · ${job.company}` : job.title}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
