"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useFailureText, useFormErrorText } from "@/app/_components/form/use-form-error-text";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { messageOf, useFormErrors, type TFieldErrors } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import type { TQuestionInput } from "@/server/contracts/admin";
import { followUpDimensionProblem, followUpDimensions, MAX_FOLLOW_UPS, ZFollowUpsSchema, type TFollowUp } from "@/server/contracts/vocabulary/follow-ups";
import { LEVELS, TRACKS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { LEVEL_OPTIONS, TRACK_OPTIONS, VocabularyOptions } from "../vocabulary-options";
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

type TFormWords = ReturnType<typeof useTranslations<"admin-questions.form">>;

/** Keys under admin-questions.form.followUpProblems (t() checks them against the catalog). */
type TProblemKey = "short" | "long" | "dimension" | "tooMany" | "twice";

/** The follow-up contract's messages (server/contracts/vocabulary/follow-ups.ts) by their catalog key. */
const FOLLOW_UP_PROBLEMS: Record<string, TProblemKey> = {
  "Write the follow-up (at least 10 characters).": "short",
  "Keep a follow-up under 300 characters.": "long",
  "Choose the dimension it probes.": "dimension",
  [`At most ${MAX_FOLLOW_UPS} follow-ups.`]: "tooMany",
  "This follow-up is listed twice.": "twice",
};

function followUpProblem(t: TFormWords, message: string | undefined): string {
  const key = message ? FOLLOW_UP_PROBLEMS[message] : undefined;
  if (!key) return message ?? t("followUpsCheck");
  return t(`followUpProblems.${key}`, { max: MAX_FOLLOW_UPS });
}

/** The checks the server's schema makes (server/admin/question-bank.ts), so most mistakes show before a round trip. */
function check(input: TQuestionInput, t: TFormWords): TFieldErrors<TField> {
  const errors: TFieldErrors<TField> = {};
  if (!/^[a-z0-9][a-z0-9-]{2,80}$/.test(input.slug)) errors.slug = t("slugInvalid");
  if (!TRACKS.includes(input.track)) errors.track = t("trackRequired");
  if (!LEVELS.includes(input.level)) errors.level = t("levelRequired");
  if (input.text.length < 10) errors.text = t("textShort");
  if (input.tags.length > 8) errors.tags = t("tagsTooMany");
  else if (input.tags.some((tag) => tag.length > 40)) errors.tags = t("tagTooLong");
  if (input.keyPoints.length === 0) errors.keyPoints = t("keyPointsMissing");
  else if (input.keyPoints.length > 10) errors.keyPoints = t("keyPointsTooMany");
  else if (input.keyPoints.some((point) => point.length < 3 || point.length > 300)) errors.keyPoints = t("keyPointLength");
  const followUps = ZFollowUpsSchema.safeParse(input.followUps);
  if (!followUps.success) {
    const issue = followUps.error.issues[0];
    const problem = followUpProblem(t, issue?.message);
    errors.followUps = typeof issue?.path[0] === "number" ? t("followUpRow", { number: issue.path[0] + 1, problem }) : problem;
  } else if (TRACKS.includes(input.track)) {
    const problem = followUpDimensionProblem(input.track, followUps.data);
    if (problem) {
      const index = Number(problem.path.split(".")[1]);
      errors.followUps = t("followUpProblems.notInRubric", { number: index + 1, dimension: followUps.data[index]?.dimension ?? "" });
    }
  }
  if (input.sampleAnswer.length < 20) errors.sampleAnswer = t("sampleShort");
  return errors;
}

/** Server errors name fields by path ("changes.keyPoints.2"): the first part after "changes." is this form's field. */
function serverFieldErrors(error: unknown, describe: (error: unknown) => string): TFieldErrors<TField> {
  const details = (error as { data?: { details?: { fields?: unknown } | null } | null } | null)?.data?.details;
  const fields = details?.fields && typeof details.fields === "object" ? (details.fields as Record<string, unknown>) : {};
  const single = Object.keys(fields).length === 1;
  const result: TFieldErrors<TField> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = path.replace(/^changes\./, "").split(".")[0] as TField;
    if (!FIELDS.includes(field) || typeof message !== "string") continue;
    result[field] ??= single && !messageOf(error).startsWith("Invalid input") ? describe(error) : message;
  }
  return result;
}

/** Create or edit a question: every field the bank stores, key points one per line, tags comma-separated. */
export function QuestionForm({ question, onSaved, onCancel }: QuestionFormProps) {
  const t = useTranslations("admin-questions.form");
  const errorText = useFormErrorText();
  const failureText = useFailureText();
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
    const fields = serverFieldErrors(error, failureText);
    errors.fail(fields, Object.keys(fields).length > 0 ? null : failureText(error));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const input = toInput(values);
    const problems = check(input, t);
    if (Object.keys(problems).length > 0) return errors.fail(problems);
    errors.reset();
    if (!question) {
      create.mutate(input, { onError: onServerError, onSuccess: (row) => onSaved(t("created", { slug: row.slug })) });
      return;
    }
    const changes = changesBetween(question, input);
    if (Object.keys(changes).length === 0) {
      setNothingChanged(true);
      return;
    }
    update.mutate({ id: question.id, changes }, { onError: onServerError, onSuccess: (row) => onSaved(t("saved", { slug: row.slug })) });
  }

  /** id, value, change handler and error of a text field, so each field below states only what is its own. */
  const bind = (key: "slug" | "level" | "difficulty" | "text" | "tags" | "keyPoints" | "sampleAnswer") => ({
    id: errors.idFor(key),
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: errors.fieldErrors[key],
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={pending} className="space-y-5">
      {errors.formError ? <FormAlert>{errorText(errors.formError)}</FormAlert> : null}
      <TextField {...bind("slug")} label={t("slug")} hint={t("slugHint")} autoComplete="off" spellCheck={false} data-autofocus required />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField id={errors.idFor("track")} label={t("track")} value={values.track} onChange={(event) => changeTrack(event.target.value)} error={errors.fieldErrors.track} required>
          <VocabularyOptions options={TRACK_OPTIONS} emptyLabel={t("choose")} />
        </SelectField>
        <SelectField {...bind("level")} label={t("level")} required>
          <VocabularyOptions options={LEVEL_OPTIONS} emptyLabel={t("choose")} />
        </SelectField>
        <SelectField {...bind("difficulty")} label={t("difficulty")}>
          {[1, 2, 3, 4, 5].map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {t("difficultyOption", { difficulty: String(difficulty) })}
            </option>
          ))}
        </SelectField>
      </div>
      <TextareaField {...bind("text")} label={t("question")} rows={3} maxLength={2000} required />
      <TextField {...bind("tags")} label={t("tags")} optional hint={t.rich("tagsHint", { code: (keys) => <code className="font-mono text-xs">{keys}</code> })} autoComplete="off" />
      <TextareaField {...bind("keyPoints")} label={t("keyPoints")} hint={t("keyPointsHint")} rows={5} required />
      <FollowUpsField
        id={errors.idFor("followUps")}
        track={values.track}
        value={values.followUps}
        onChange={(next) => set("followUps", next)}
        error={errors.fieldErrors.followUps}
      />
      <TextareaField {...bind("sampleAnswer")} label={t("sampleAnswer")} hint={t("sampleAnswerHint")} rows={6} maxLength={10_000} required />
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
            {t("active")}
          </label>
          <p id={`${errors.idFor("active")}-hint`} className="text-sm text-slate-600">
            {t("activeHint")}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <SubmitButton pending={pending}>{question ? t("saveChanges") : t("create")}</SubmitButton>
        <button type="button" onClick={onCancel} className="rounded-lg px-4 py-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
          {t("cancel")}
        </button>
        <p role="status" className="text-sm text-slate-700">
          {nothingChanged ? t("nothingChanged") : ""}
        </p>
      </div>
    </form>
  );
}
