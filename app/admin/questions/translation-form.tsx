"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormTextareaField, FormTextField } from "@/app/_components/form/fields";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import type { TAdminQuestion } from "@/app/_components/admin/types";
import { dimensionName } from "@/app/_components/dimension-name";
import { api } from "@/app/_trpc/client";
import { ZQuestionTranslationFormSchema, type TQuestionTranslation } from "@/server/contracts/question-translations";
import { LANGUAGE_NATIVE_NAMES } from "@/server/contracts/vocabulary/languages";
import { followUpDimensions } from "@/server/contracts/vocabulary/follow-ups";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";

/** The form's starting values: one box per English key point and follow-up (more if the translation has more key points). */
function defaultsOf(question: TAdminQuestion, translation: TQuestionTranslation) {
  const { fields } = translation;
  const points = fields.keyPoints ?? [];
  const rows = Math.max(question.keyPoints.length, points.length);
  return {
    text: fields.text ?? "",
    keyPoints: Array.from({ length: rows }, (_, index) => points[index] ?? ""),
    // Each box translates the English follow-up at its place and keeps its rubric dimension.
    followUps: question.followUps.map((followUp, index) => ({ text: fields.followUps?.[index]?.text ?? "", dimension: followUp.dimension })),
    sampleAnswer: fields.sampleAnswer ?? "",
  };
}

/** One language of one bank question; empty boxes leave that field in English for candidates. */
export function TranslationForm({ question, translation }: { question: TAdminQuestion; translation: TQuestionTranslation }) {
  const t = useTranslations("admin-questions.translations");
  // The English original under each field is bank data: marked so the language walks skip it and translators leave it.
  const english = (text: string) =>
    t.rich("english", {
      original: () => (
        <span data-user-content lang="en">
          {text}
        </span>
      ),
    });
  const router = useRouter();
  const utils = api.useUtils();
  const { language } = translation;
  const defaults = defaultsOf(question, translation);
  const form = useZodForm(ZQuestionTranslationFormSchema, { id: `translation-${question.id}-${language}`, defaultValues: defaults });
  const save = api.admin.saveQuestionTranslation.useMutation();
  const current = save.data ?? translation;
  const tv = useTranslations("vocabulary");
  const dimensionLabel = new Map(followUpDimensions(question.track as TTrack).map((dimension) => [dimension.key, dimensionName(tv, dimension.key, dimension.label)]));
  const fallback = current.fallback.map((field) => t(`fieldNames.${field}`)).join(", ");

  return (
    <MutationForm
      form={form}
      mutation={save}
      input={(fields) => ({ questionId: question.id, language, fields })}
      onSuccess={() => {
        void utils.admin.questionTranslation.invalidate({ questionId: question.id, language });
        // The list's badges and the "missing translation" filter are rendered on the server.
        router.refresh();
      }}
      className="space-y-4"
    >
      <p className="text-sm text-slate-700">{t("intro", { language: LANGUAGE_NATIVE_NAMES[language] })}</p>
      <FormTextareaField name="text" label={t("text")} hint={english(question.text)} rows={3} lang={language} />
      <fieldset className="space-y-3">
        {defaults.keyPoints.map((_, index) => (
          <FormTextField
            key={`point-${index}`}
            name={`keyPoints.${index}`}
            label={t("keyPoint", { number: index + 1 })}
            hint={question.keyPoints[index] ? english(question.keyPoints[index]) : undefined}
            lang={language}
          />
        ))}
      </fieldset>
      {question.followUps.length > 0 ? (
        <fieldset className="space-y-3">
          {question.followUps.map((followUp, index) => (
            <FormTextField
              key={`follow-up-${index}`}
              name={`followUps.${index}.text`}
              label={t("followUp", { number: index + 1, dimension: dimensionLabel.get(followUp.dimension) ?? followUp.dimension })}
              hint={english(followUp.text)}
              lang={language}
            />
          ))}
        </fieldset>
      ) : null}
      <FormTextareaField name="sampleAnswer" label={t("sampleAnswer")} rows={8} lang={language} />
      <details className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700 ring-1 ring-slate-200">
        <summary className="cursor-pointer font-medium text-slate-900">{t("englishSampleAnswer")}</summary>
        <p data-user-content className="mt-2 whitespace-pre-wrap" lang="en">
          {question.sampleAnswer}
        </p>
      </details>
      <p className="text-sm text-slate-700">{current.fallback.length === 0 ? t("complete") : t("fallback", { fields: fallback })}</p>
      <FormFooter pending={save.isPending} pendingLabel={t("saving")} size="sm" done={save.isSuccess ? t("saved") : null}>
        {t("save", { language: LANGUAGE_NATIVE_NAMES[language] })}
      </FormFooter>
    </MutationForm>
  );
}
