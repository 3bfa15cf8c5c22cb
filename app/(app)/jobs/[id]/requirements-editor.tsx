"use client";

/**
 * The job's requirement list, editable: reword, change the kind, move up or down (the order is the
 * rank the interview follows), remove, add. Saved as a whole; reworded and new ones are mapped again.
 */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { FormAlert } from "@/app/_components/form-alert";
import { Form } from "@/app/_components/form/form";
import { FormSelectField, FormTextareaField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { buttonClass } from "@/app/_components/button-styles";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { MAX_REQUIREMENTS, REQUIREMENT_KINDS, ZSetRequirementsSchema, type TRequirement } from "@/server/contracts/job-targets";

const small = buttonClass("secondary", { size: "sm", extra: "px-2" });

interface TProgress {
  completed: number;
  requirements: Array<{ requirementId: string; shownIn: number; answeredIn: number }>;
}

type TEditorTranslator = ReturnType<typeof useTranslations<"jobs.editor">>;

/** "Shown in 1 of 2 completed interviews" for a saved requirement, once the job has completed interviews. */
function progressText(t: TEditorTranslator, progress: TProgress | null, id: string | undefined): string | null {
  if (!progress || !id) return null;
  const entry = progress.requirements.find((item) => item.requirementId === id);
  const { completed } = progress;
  if (!entry || entry.answeredIn === 0) return t("notYetShown", { completed });
  return entry.shownIn > 0 ? t("shownIn", { shown: entry.shownIn, completed }) : t("answeredIn", { answered: entry.answeredIn, completed });
}

export function RequirementsEditor({ jobId, requirements, progress = null }: { jobId: string; requirements: TRequirement[]; progress?: TProgress | null }) {
  const t = useTranslations("jobs.editor");
  const trackName = useTranslations("vocabulary.tracks");
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
      {save.isSuccess && !form.formState.isDirty ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      {list.fields.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}
      <ol className="space-y-3">
        {list.fields.map((field, index) => (
          <li key={field.key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            {/* The kind column is as wide as its longest option (Russian «Предметная область» does not fit 10rem). */}
            <div className="grid gap-3 sm:grid-cols-[1fr_minmax(10rem,max-content)]">
              {/* The box grows with its text, so a long requirement (up to 200 characters, seven lines on a phone) reads in
                  full instead of behind a scrollbar; one line of text all the same (Enter does not break it). */}
              <FormTextareaField
                name={`requirements.${index}.text`}
                label={t("requirement", { number: index + 1 })}
                rows={2}
                className="[&_textarea]:field-sizing-content"
                maxLength={200}
                onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
              />
              <FormSelectField name={`requirements.${index}.kind`} label={t("kind")}>
                {REQUIREMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kinds.${kind}`)}
                  </option>
                ))}
              </FormSelectField>
            </div>
            {/* On a phone the mapping note takes its own line and the buttons sit under it at the right edge, in every
                row alike (wrapping put them left in rows with a long note and right in the others). */}
            <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
              <p className="text-xs text-slate-600">
                {tracksOf(field.id).map((track) => trackName(track)).join(", ") || t("mappedWhenSaved")}
                {progressText(t, progress, field.id) ? <span className="ml-2 font-medium text-slate-800">· {progressText(t, progress, field.id)}</span> : null}
              </p>
              <div className="flex shrink-0 gap-2 self-end sm:self-auto">
                <button type="button" className={small} aria-label={t("moveUp", { number: index + 1 })} disabled={index === 0} onClick={() => list.move(index, index - 1)}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" className={small} aria-label={t("moveDown", { number: index + 1 })} disabled={index === list.fields.length - 1} onClick={() => list.move(index, index + 1)}>
                  <span aria-hidden="true">↓</span>
                </button>
                <button type="button" className={small} aria-label={t("removeLabel", { number: index + 1 })} onClick={() => list.remove(index)}>
                  {t("remove")}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={buttonClass("secondary")} disabled={list.fields.length >= MAX_REQUIREMENTS} onClick={() => list.append({ text: "", kind: "skill" })}>
          {t("add")}
        </button>
        <SubmitButton pending={save.isPending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </Form>
  );
}
