"use client";

/**
 * The job's requirement list, editable: reword, change the kind, move up or down (the order is the
 * rank the interview follows), remove, add. Saved as a whole; reworded and new ones are mapped again.
 */
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { FormAlert } from "@/app/_components/form-alert";
import { Form } from "@/app/_components/form/form";
import { FormSelectField, FormTextareaField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { buttonClass } from "@/app/_components/button-styles";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { MAX_REQUIREMENTS, REQUIREMENT_KIND_LABELS, REQUIREMENT_KINDS, ZSetRequirementsSchema, type TRequirement } from "@/server/contracts/job-targets";
import { TRACK_NAMES } from "@/server/contracts/vocabulary/tracks";

const small = buttonClass("secondary", { size: "sm", extra: "px-2" });

interface TProgress {
  completed: number;
  requirements: Array<{ requirementId: string; shownIn: number; answeredIn: number }>;
}

/** "Shown in 1 of 2 completed interviews" for a saved requirement, once the job has completed interviews. */
function progressText(progress: TProgress | null, id: string | undefined): string | null {
  if (!progress || !id) return null;
  const entry = progress.requirements.find((item) => item.requirementId === id);
  const of = `of ${progress.completed} completed ${progress.completed === 1 ? "interview" : "interviews"}`;
  if (!entry || entry.answeredIn === 0) return `Not yet shown (${progress.completed} ${progress.completed === 1 ? "interview" : "interviews"})`;
  return entry.shownIn > 0 ? `Shown in ${entry.shownIn} ${of}` : `Answered in ${entry.answeredIn} ${of}, not yet convincing`;
}

export function RequirementsEditor({ jobId, requirements, progress = null }: { jobId: string; requirements: TRequirement[]; progress?: TProgress | null }) {
  const router = useRouter();
  const form = useZodForm(ZSetRequirementsSchema, {
    id: "requirements",
    defaultValues: { id: jobId, requirements: requirements.map(({ id, text, kind }) => ({ id, text, kind })) },
  });
  // keyName: the items carry their own `id`, which the default key would overwrite.
  const list = useFieldArray({ control: form.control, name: "requirements", keyName: "key" });
  const save = api.jobTargets.setRequirements.useMutation({
    onSuccess: (result) => {
      form.reset({ id: jobId, requirements: result.requirements.map(({ id, text, kind }) => ({ id, text, kind })) });
      router.refresh();
    },
  });
  const tracksOf = (id: string | undefined) => requirements.find((requirement) => requirement.id === id)?.tracks ?? [];

  return (
    <Form form={form} pending={save.isPending} className="mt-4 space-y-4" onSubmit={(values) => save.mutate(values, { onError: form.failFromServer })}>
      {save.isSuccess && !form.formState.isDirty ? <FormAlert tone="success">Requirements saved.</FormAlert> : null}
      {list.fields.length === 0 ? <p className="text-slate-700">No requirements. Add the skills this job asks for.</p> : null}
      <ol className="space-y-3">
        {list.fields.map((field, index) => (
          <li key={field.key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
              {/* Two rows so a long requirement reads in full on a phone; one line of text all the same (Enter does not break it). */}
              <FormTextareaField
                name={`requirements.${index}.text`}
                label={`Requirement ${index + 1}`}
                rows={2}
                maxLength={200}
                onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
              />
              <FormSelectField name={`requirements.${index}.kind`} label="Kind">
                {REQUIREMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {REQUIREMENT_KIND_LABELS[kind]}
                  </option>
                ))}
              </FormSelectField>
            </div>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
              <p className="text-xs text-slate-600">
                {tracksOf(field.id).map((track) => TRACK_NAMES[track]).join(", ") || "Mapped when saved"}
                {progressText(progress, field.id) ? <span className="ml-2 font-medium text-slate-800">· {progressText(progress, field.id)}</span> : null}
              </p>
              <div className="flex gap-2">
                <button type="button" className={small} aria-label={`Move requirement ${index + 1} up`} disabled={index === 0} onClick={() => list.move(index, index - 1)}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" className={small} aria-label={`Move requirement ${index + 1} down`} disabled={index === list.fields.length - 1} onClick={() => list.move(index, index + 1)}>
                  <span aria-hidden="true">↓</span>
                </button>
                <button type="button" className={small} aria-label={`Remove requirement ${index + 1}`} onClick={() => list.remove(index)}>
                  Remove
                </button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={buttonClass("secondary")} disabled={list.fields.length >= MAX_REQUIREMENTS} onClick={() => list.append({ text: "", kind: "skill" })}>
          Add a requirement
        </button>
        <SubmitButton pending={save.isPending} pendingLabel="Saving…">
          Save requirements
        </SubmitButton>
      </div>
    </Form>
  );
}
