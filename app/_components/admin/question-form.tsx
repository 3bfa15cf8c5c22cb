"use client";

import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { messageOf, useFormErrors, type TFieldErrors } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import type { TQuestionInput } from "@/server/contracts/admin";
import { followUpDimensionProblem, followUpDimensions, ZFollowUpsSchema, type TFollowUp } from "@/server/contracts/vocabulary/follow-ups";
import { LEVEL_NAMES, LEVELS, TRACK_NAMES, TRACKS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { FollowUpsField } from "./follow-ups-field";
import { TextareaField } from "./textarea-field";
import type { TAdminQuestion } from "./types";

const FIELDS = ["slug", "track", "level", "text", "tags", "difficulty", "keyPoints", "followUps", "sampleAnswer", "active"] as const;
type TField = (typeof FIELDS)[number];

interface QuestionFormProps {
  /** The question to edit; none to create one. */
  question?: TAdminQuestion;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

type TFormValues = { slug: string; track: string; level: string; text: string; tags: string; difficulty: string; keyPoints: string; followUps: TFollowUp[]; sampleAnswer: string; active: boolean };

function toInput(values: TFormValues): TQuestionInput {
  return {
    slug: values.slug.trim(),
    track: values.track as TTrack,
    level: values.level as TLevel,
    text: values.text.trim(),
    tags: values.tags
      .split(",")
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean),
    difficulty: Number(values.difficulty),
    keyPoints: values.keyPoints
      .split("\n")
      .map((point) => point.trim())
      .filter(Boolean),
    // A row left completely blank is not a follow-up; a half-filled one is, and gets an error.
    followUps: values.followUps.map((item) => ({ text: item.text.trim(), dimension: item.dimension })).filter((item) => item.text || item.dimension),
    sampleAnswer: values.sampleAnswer.trim(),
    active: values.active,
  };
}

/** Only what changed, so the audit log's before → after shows the edit and nothing else. */
function changesBetween(before: TAdminQuestion, after: TQuestionInput): Partial<TQuestionInput> {
  const changes: Partial<Record<keyof TQuestionInput, unknown>> = {};
  for (const key of Object.keys(after) as Array<keyof TQuestionInput>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  }
  return changes as Partial<TQuestionInput>;
}

/** The checks the server's schema makes (server/admin/question-bank.ts), so most mistakes show before a round trip. */
function check(input: TQuestionInput): TFieldErrors<TField> {
  const errors: TFieldErrors<TField> = {};
  if (!/^[a-z0-9][a-z0-9-]{2,80}$/.test(input.slug)) errors.slug = "Use 3–80 lowercase letters, digits and dashes.";
  if (!TRACKS.includes(input.track)) errors.track = "Choose a track.";
  if (!LEVELS.includes(input.level)) errors.level = "Choose a level.";
  if (input.text.length < 10) errors.text = "Write the question (at least 10 characters).";
  if (input.tags.length > 8) errors.tags = "At most 8 tags.";
  else if (input.tags.some((tag) => tag.length > 40)) errors.tags = "Each tag is at most 40 characters.";
  if (input.keyPoints.length === 0) errors.keyPoints = "Add at least one key point.";
  else if (input.keyPoints.length > 10) errors.keyPoints = "At most 10 key points.";
  else if (input.keyPoints.some((point) => point.length < 3 || point.length > 300)) errors.keyPoints = "Each key point is 3–300 characters.";
  const followUps = ZFollowUpsSchema.safeParse(input.followUps);
  if (!followUps.success) {
    const issue = followUps.error.issues[0];
    const row = typeof issue?.path[0] === "number" ? `Follow-up ${issue.path[0] + 1}: ` : "";
    errors.followUps = `${row}${issue?.message ?? "Check the follow-ups."}`;
  } else if (TRACKS.includes(input.track)) {
    const problem = followUpDimensionProblem(input.track, followUps.data);
    if (problem) errors.followUps = problem.message;
  }
  if (input.sampleAnswer.length < 20) errors.sampleAnswer = "Write a sample answer (at least 20 characters).";
  return errors;
}

/** Server errors name fields by path ("changes.keyPoints.2"): the first part after "changes." is this form's field. */
function serverFieldErrors(error: unknown): TFieldErrors<TField> {
  const details = (error as { data?: { details?: { fields?: unknown } | null } | null } | null)?.data?.details;
  const fields = details?.fields && typeof details.fields === "object" ? (details.fields as Record<string, unknown>) : {};
  const single = Object.keys(fields).length === 1;
  const result: TFieldErrors<TField> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = path.replace(/^changes\./, "").split(".")[0] as TField;
    if (!FIELDS.includes(field) || typeof message !== "string") continue;
    result[field] ??= single && !messageOf(error).startsWith("Invalid input") ? messageOf(error) : message;
  }
  return result;
}

/** Create or edit a question: every field the bank stores, key points one per line, tags comma-separated. */
export function QuestionForm({ question, onSaved, onCancel }: QuestionFormProps) {
  const errors = useFormErrors(question ? `question-${question.id}` : "question-new", FIELDS);
  const [values, setValues] = useState<TFormValues>(() => ({
    slug: question?.slug ?? "",
    track: question?.track ?? "",
    level: question?.level ?? "",
    text: question?.text ?? "",
    tags: question?.tags.join(", ") ?? "",
    difficulty: String(question?.difficulty ?? 3),
    keyPoints: question?.keyPoints.join("\n") ?? "",
    followUps: question?.followUps ?? [],
    sampleAnswer: question?.sampleAnswer ?? "",
    active: question?.active ?? true,
  }));
  const [nothingChanged, setNothingChanged] = useState(false);
  const create = api.admin.createQuestion.useMutation();
  const update = api.admin.updateQuestion.useMutation();
  const pending = create.isPending || update.isPending;

  function set<K extends keyof typeof values>(key: K, value: (typeof values)[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setNothingChanged(false);
    errors.clearField(key);
  }

  /** Dimensions belong to a track's rubric: a new track keeps only the dimensions it also has. */
  function changeTrack(track: string) {
    const keys = new Set((TRACKS as readonly string[]).includes(track) ? followUpDimensions(track as TTrack).map((d) => d.key) : []);
    set("track", track);
    setValues((current) => ({ ...current, followUps: current.followUps.map((item) => (keys.has(item.dimension) ? item : { ...item, dimension: "" })) }));
  }

  function onServerError(error: unknown) {
    const fields = serverFieldErrors(error);
    errors.fail(fields, Object.keys(fields).length > 0 ? null : messageOf(error));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const input = toInput(values);
    const problems = check(input);
    if (Object.keys(problems).length > 0) return errors.fail(problems);
    errors.reset();
    if (!question) {
      create.mutate(input, { onError: onServerError, onSuccess: (row) => onSaved(`Created “${row.slug}”.`) });
      return;
    }
    const changes = changesBetween(question, input);
    if (Object.keys(changes).length === 0) {
      setNothingChanged(true);
      return;
    }
    update.mutate({ id: question.id, changes }, { onError: onServerError, onSuccess: (row) => onSaved(`Saved “${row.slug}”.`) });
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={pending} className="space-y-5">
      {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
      <TextField
        id={errors.idFor("slug")}
        label="Slug"
        hint="A stable id: lowercase letters, digits and dashes. Import and export match questions by it."
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        value={values.slug}
        onChange={(event) => set("slug", event.target.value)}
        error={errors.fieldErrors.slug}
        required
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField id={errors.idFor("track")} label="Track" value={values.track} onChange={(event) => changeTrack(event.target.value)} error={errors.fieldErrors.track} required>
          <option value="">Choose…</option>
          {TRACKS.map((track) => (
            <option key={track} value={track}>
              {TRACK_NAMES[track]}
            </option>
          ))}
        </SelectField>
        <SelectField id={errors.idFor("level")} label="Level" value={values.level} onChange={(event) => set("level", event.target.value)} error={errors.fieldErrors.level} required>
          <option value="">Choose…</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_NAMES[level]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={errors.idFor("difficulty")}
          label="Difficulty"
          value={values.difficulty}
          onChange={(event) => set("difficulty", event.target.value)}
          error={errors.fieldErrors.difficulty}
        >
          {[1, 2, 3, 4, 5].map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {difficulty} {difficulty === 1 ? "(easiest)" : difficulty === 5 ? "(hardest)" : ""}
            </option>
          ))}
        </SelectField>
      </div>
      <TextareaField id={errors.idFor("text")} label="Question" rows={3} maxLength={2000} value={values.text} onChange={(event) => set("text", event.target.value)} error={errors.fieldErrors.text} required />
      <TextField
        id={errors.idFor("tags")}
        label="Tags"
        optional
        hint="Comma-separated, up to 8: “metrics, prioritization”."
        autoComplete="off"
        value={values.tags}
        onChange={(event) => set("tags", event.target.value)}
        error={errors.fieldErrors.tags}
      />
      <TextareaField
        id={errors.idFor("keyPoints")}
        label="Key points"
        hint="One per line, 1–10: what a strong answer covers. The scorer checks answers against them."
        rows={5}
        value={values.keyPoints}
        onChange={(event) => set("keyPoints", event.target.value)}
        error={errors.fieldErrors.keyPoints}
        required
      />
      <FollowUpsField
        id={errors.idFor("followUps")}
        track={values.track}
        value={values.followUps}
        onChange={(next) => set("followUps", next)}
        error={errors.fieldErrors.followUps}
      />
      <TextareaField
        id={errors.idFor("sampleAnswer")}
        label="Sample answer"
        hint="Shown to candidates after scoring."
        rows={6}
        maxLength={10_000}
        value={values.sampleAnswer}
        onChange={(event) => set("sampleAnswer", event.target.value)}
        error={errors.fieldErrors.sampleAnswer}
        required
      />
      <div className="flex items-start gap-3">
        <input
          id={errors.idFor("active")}
          type="checkbox"
          checked={values.active}
          onChange={(event) => set("active", event.target.checked)}
          aria-describedby={`${errors.idFor("active")}-hint`}
          className="mt-0.5 h-5 w-5 flex-none rounded border-slate-500 accent-brand-700"
        />
        <div>
          <label htmlFor={errors.idFor("active")} className="text-sm font-medium text-slate-900">
            Active
          </label>
          <p id={`${errors.idFor("active")}-hint`} className="text-sm text-slate-600">
            Only active questions are picked for new interviews.
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <SubmitButton pending={pending}>{question ? "Save changes" : "Create question"}</SubmitButton>
        <button type="button" onClick={onCancel} className="rounded-lg px-4 py-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
          Cancel
        </button>
        <p role="status" className="text-sm text-slate-700">
          {nothingChanged ? "Nothing changed yet." : ""}
        </p>
      </div>
    </form>
  );
}
