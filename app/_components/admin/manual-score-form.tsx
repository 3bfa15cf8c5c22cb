"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import * as z from "zod";
import { dimensionName } from "@/app/_components/dimension-name";
import { Form } from "@/app/_components/form/form";
import { FormTextareaField, FormTextField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZSetManualScoreInputSchema } from "@/server/contracts/admin";
import { getRubric, type TRubricId } from "@/server/contracts/vocabulary/rubrics";
import { TRACKS } from "@/server/contracts/vocabulary/tracks";
import type { TFlaggedAnswer } from "./types";

interface ManualScoreFormProps {
  answer: TFlaggedAnswer;
  onSaved: (total: number) => void;
  onCancel: () => void;
}

function rubricIdOf(track: string): TRubricId {
  return (TRACKS as readonly string[]).includes(track) ? (track as TRubricId) : "general";
}

/** A whole number from 0 to the dimension's maximum, typed as text; `message` says so in the reader's language. */
function pointsSchema(max: number, message: string) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, { error: message })
    .transform(Number)
    .pipe(z.number().int().min(0).max(max, { error: message }));
}

/**
 * A score set by hand: a whole number per dimension of the track's current rubric (what the
 * server scores against), prefilled from the current score, and a required note for the audit log.
 */
export function ManualScoreForm({ answer, onSaved, onCancel }: ManualScoreFormProps) {
  const t = useTranslations("admin-flagged.manual");
  const tv = useTranslations("vocabulary");
  const dimensions = getRubric(rubricIdOf(answer.track)).dimensions;
  const schema = useMemo(
    () =>
      z.object({
        scores: z.object(Object.fromEntries(dimensions.map((dimension) => [dimension.key, pointsSchema(dimension.max, t("wholeNumber", { max: dimension.max }))]))),
        // The contract's own check runs after this one, which only says the first rule in the reader's language.
        note: z.string().trim().min(3, { error: t("noteRequired") }).pipe(ZSetManualScoreInputSchema.shape.note),
      }),
    [dimensions, t],
  );
  const form = useZodForm(schema, {
    id: `manual-${answer.id}`,
    defaultValues: {
      scores: Object.fromEntries(
        dimensions.map((dimension) => {
          const current = answer.score?.dimensions.find((candidate) => candidate.key === dimension.key);
          return [dimension.key, current ? String(Math.min(dimension.max, Math.round(current.score))) : ""];
        }),
      ),
      note: "",
    },
  });
  const save = api.admin.setManualScore.useMutation();

  return (
    <Form
      form={form}
      pending={save.isPending}
      onSubmit={({ scores, note }) =>
        save.mutate(
          { answerId: answer.id, dimensions: dimensions.map((dimension) => ({ key: dimension.key, score: scores[dimension.key] ?? 0 })), note },
          { onError: form.failFromServer, onSuccess: (result) => onSaved(result.score.total) },
        )
      }
      aria-label={t("label")}
      className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200"
    >
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">{t("perDimension")}</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {dimensions.map((dimension) => (
            <FormTextField
              key={dimension.key}
              name={`scores.${dimension.key}`}
              label={t("dimension", { dimension: dimensionName(tv, dimension.key, dimension.label), max: dimension.max })}
              type="number"
              inputMode="numeric"
              min={0}
              max={dimension.max}
              step={1}
              required
            />
          ))}
        </div>
      </fieldset>
      <FormTextareaField
        name="note"
        label={t("note")}
        hint={t("noteHint")}
        rows={3}
        required
        maxLength={2000}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={save.isPending} size="sm">
          {t("save")}
        </SubmitButton>
        <button type="button" onClick={onCancel} className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-200">
          {t("cancel")}
        </button>
      </div>
    </Form>
  );
}
