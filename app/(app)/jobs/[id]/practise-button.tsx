"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/app/_components/form-alert";
import { useServerFailureText } from "@/app/_components/form/use-error-text";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import type { TStartJobInterview } from "@/server/contracts/job-targets";
import { useIdempotencyKey } from "../../practice/use-idempotency-key";

export function PractiseButton({ id, disabled }: { id: string; disabled: boolean }) {
  const t = useTranslations("jobs.page");
  const failureText = useServerFailureText();
  const router = useRouter();
  const utils = api.useUtils();
  const startKey = useIdempotencyKey();
  // A retry of the same start (a dropped connection, a double click) carries the same key: one interview, quota spent once.
  const start = useMutation({
    mutationFn: (input: TStartJobInterview) => utils.client.jobTargets.startInterview.mutate(input, { context: { idempotencyKey: startKey.for(input) } }),
    onSuccess: (result) => {
      startKey.reset();
      router.push(`/practice/${result.interviewId}`);
    },
  });
  return (
    <div className="mt-4 space-y-3">
      {start.error ? <FormAlert>{failureText(start.error)}</FormAlert> : null}
      {disabled ? <p className="text-sm text-slate-700">{t("needRequirement")}</p> : null}
      <SubmitButton type="button" pending={start.isPending || start.isSuccess} pendingLabel={t("picking")} onClick={() => !disabled && start.mutate({ id, questionCount: 5 })}>
        {t("practiseHeading")}
      </SubmitButton>
    </div>
  );
}
