"use client";

import { useRouter } from "next/navigation";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";

export function PractiseButton({ id, disabled }: { id: string; disabled: boolean }) {
  const router = useRouter();
  const start = api.jobTargets.startInterview.useMutation({ onSuccess: (result) => router.push(`/practice/${result.interviewId}`) });
  return (
    <div className="mt-4 space-y-3">
      {start.error ? <FormAlert>{start.error.message}</FormAlert> : null}
      {disabled ? <p className="text-sm text-slate-700">Add at least one requirement first.</p> : null}
      <SubmitButton type="button" pending={start.isPending || start.isSuccess} pendingLabel="Picking questions…" onClick={() => !disabled && start.mutate({ id, questionCount: 5 })}>
        Practise for this job
      </SubmitButton>
    </div>
  );
}
