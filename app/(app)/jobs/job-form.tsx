"use client";

/** Create or edit a job target: title, company, level, the description (pasted or uploaded) and an optional CV. */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Form } from "@/app/_components/form/form";
import { FormLevelSelect, FormTextareaField, FormTextField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { MAX_CV_CHARS, MAX_DESCRIPTION_CHARS, ZJobTargetFormSchema, type TExtractedText, type TJobSourceFile, type TJobTargetForm } from "@/server/contracts/job-targets";
import { UploadButton } from "./upload-button";

interface JobFormProps {
  jobTarget?: TJobTargetForm & { id: string };
}

const PASTED: TJobSourceFile[] = [{ field: "description", kind: "pasted", fileName: null }];

export function JobForm({ jobTarget }: JobFormProps) {
  const t = useTranslations("jobs.form");
  const router = useRouter();
  const form = useZodForm(ZJobTargetFormSchema, {
    id: "job",
    defaultValues: { title: jobTarget?.title ?? "", company: jobTarget?.company ?? "", level: jobTarget?.level ?? "mid", description: jobTarget?.description ?? "", cv: jobTarget?.cv ?? "" },
  });
  const [sources, setSources] = useState<TJobSourceFile[]>(jobTarget?.sources ?? PASTED);
  const create = api.jobTargets.create.useMutation();
  const update = api.jobTargets.update.useMutation();
  const pending = create.isPending || update.isPending;

  /** An upload fills its field and remembers where the text came from. */
  const fillFrom = (field: "description" | "cv") => (result: TExtractedText) => {
    form.setValue(field, result.text, { shouldValidate: true, shouldDirty: true });
    const kind = result.kind === "text" ? "pasted" : result.kind;
    setSources((current) => [...current.filter((source) => source.field !== field), { field, kind, fileName: result.fileName }]);
  };

  function submit(values: TJobTargetForm) {
    const input = { ...values, sources };
    const done = (result: { jobTarget: { id: string } }) => {
      router.push(`/jobs/${result.jobTarget.id}`);
      router.refresh();
    };
    if (jobTarget) update.mutate({ id: jobTarget.id, ...input }, { onSuccess: done, onError: form.failFromServer });
    else create.mutate(input, { onSuccess: done, onError: form.failFromServer });
  }

  return (
    <Form form={form} pending={pending} onSubmit={submit}>
      <FormTextField name="title" label={t("title")} placeholder={t("titlePlaceholder")} maxLength={120} autoComplete="off" required />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormTextField name="company" label={t("company")} optional maxLength={120} autoComplete="organization" />
        <FormLevelSelect name="level" label={t("level")} />
      </div>
      <div className="space-y-2">
        <FormTextareaField
          name="description"
          label={t("description")}
          hint={t("descriptionHint")}
          rows={12}
          maxLength={MAX_DESCRIPTION_CHARS}
          required
        />
        <UploadButton label={t("uploadDescription")} onText={fillFrom("description")} />
      </div>
      <div className="space-y-2">
        <FormTextareaField name="cv" label={t("cv")} optional hint={t("cvHint")} rows={5} maxLength={MAX_CV_CHARS} />
        <UploadButton label={t("uploadCv")} onText={fillFrom("cv")} />
      </div>
      <SubmitButton pending={pending} pendingLabel={jobTarget ? t("saving") : t("extracting")}>
        {jobTarget ? t("save") : t("create")}
      </SubmitButton>
    </Form>
  );
}
