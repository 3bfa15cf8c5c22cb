"use client";

import { useMemo, useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { useFormErrors, type TFieldErrors } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { getRubric, type TRubricId } from "@/server/contracts/vocabulary/rubrics";
import { TRACKS } from "@/server/contracts/vocabulary/tracks";
import { TextareaField } from "./textarea-field";
import type { TFlaggedAnswer } from "./types";

interface ManualScoreFormProps {
  answer: TFlaggedAnswer;
  onSaved: (total: number) => void;
  onCancel: () => void;
}

function rubricIdOf(track: string): TRubricId {
  return (TRACKS as readonly string[]).includes(track) ? (track as TRubricId) : "general";
}

/**
 * A score set by hand: a whole number per dimension of the track's current rubric (what the
 * server scores against), prefilled from the current score, and a required note for the audit log.
 */
export function ManualScoreForm({ answer, onSaved, onCancel }: ManualScoreFormProps) {
  const dimensions = getRubric(rubricIdOf(answer.track)).dimensions;
  const fields = useMemo(() => [...dimensions.map((dimension) => dimension.key), "note"], [dimensions]);
  const errors = useFormErrors(`manual-${answer.id}`, fields);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      dimensions.map((dimension) => {
        const current = answer.score?.dimensions.find((candidate) => candidate.key === dimension.key);
        return [dimension.key, current ? String(Math.min(dimension.max, Math.round(current.score))) : ""];
      }),
    ),
  );
  const [note, setNote] = useState("");
  const save = api.admin.setManualScore.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const problems: TFieldErrors<string> = {};
    for (const dimension of dimensions) {
      const text = (values[dimension.key] ?? "").trim();
      const score = Number(text);
      if (text === "" || !Number.isInteger(score) || score < 0 || score > dimension.max) {
        problems[dimension.key] = `Enter a whole number from 0 to ${dimension.max}.`;
      }
    }
    if (note.trim().length < 3) problems.note = "Say why you changed the score.";
    if (Object.keys(problems).length > 0) return errors.fail(problems);
    errors.reset();
    save.mutate(
      { answerId: answer.id, dimensions: dimensions.map((dimension) => ({ key: dimension.key, score: Number(values[dimension.key]) })), note: note.trim() },
      { onError: errors.failFromServer, onSuccess: (result) => onSaved(result.score.total) },
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={save.isPending} aria-label="Manual score" className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Score per dimension</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {dimensions.map((dimension) => (
            <TextField
              key={dimension.key}
              id={errors.idFor(dimension.key)}
              label={`${dimension.label} (0–${dimension.max})`}
              type="number"
              inputMode="numeric"
              min={0}
              max={dimension.max}
              step={1}
              required
              value={values[dimension.key] ?? ""}
              onChange={(event) => {
                const value = event.target.value;
                setValues((current) => ({ ...current, [dimension.key]: value }));
                errors.clearField(dimension.key);
              }}
              error={errors.fieldErrors[dimension.key]}
            />
          ))}
        </div>
      </fieldset>
      <TextareaField
        id={errors.idFor("note")}
        label="Note"
        hint="Why this score: it is added to the candidate’s feedback and to the audit log."
        rows={3}
        required
        maxLength={2000}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          errors.clearField("note");
        }}
        error={errors.fieldErrors.note}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={save.isPending} size="sm">
          Save manual score
        </SubmitButton>
        <button type="button" onClick={onCancel} className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-200">
          Cancel
        </button>
      </div>
    </form>
  );
}
