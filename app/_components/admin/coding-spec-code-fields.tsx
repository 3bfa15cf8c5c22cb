"use client";

import { useTranslations } from "next-intl";
import { Controller, useFormContext } from "react-hook-form";
import { CodeEditorLazy } from "@/app/_components/code/code-editor-lazy";
import { useFieldId } from "@/app/_components/form/form";
import { useFormErrorText } from "@/app/_components/form/use-form-error-text";
import { CODE_LANGUAGES, CODE_LANGUAGE_LABELS, type TCodeLanguage } from "@/server/contracts/code";

/** The two code fields per language; their words are admin-questions.coding.<key> and <key>Hint. */
const FIELDS = ["signatures", "reference"] as const;

function CodeField({ name, label, hint, language }: { name: string; label: string; hint: string; language: TCodeLanguage }) {
  const errorText = useFormErrorText();
  const { control } = useFormContext();
  const id = useFieldId(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <div>
          <p id={`${id}-label`} className="text-sm font-medium text-slate-900">
            {label}
          </p>
          <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
            {hint}
          </p>
          <div className="mt-1" id={id}>
            <CodeEditorLazy value={String(field.value ?? "")} onChange={field.onChange} language={language} label={label} describedBy={`${id}-hint`} invalid={Boolean(fieldState.error)} />
          </div>
          {fieldState.error?.message ? <p className="mt-1 text-sm font-medium text-red-700">{errorText(fieldState.error.message)}</p> : null}
        </div>
      )}
    />
  );
}

/** Starting code and reference solution, per language, in the same editor candidates use. */
export function CodingSpecCodeFields() {
  const t = useTranslations("admin-questions.coding");
  return (
    <div className="space-y-5">
      {CODE_LANGUAGES.map((language) => (
        <fieldset key={language} className="min-w-0 space-y-3 rounded-lg border border-slate-200 p-3 sm:p-4">
          <legend className="px-1 text-sm font-semibold text-slate-900">{CODE_LANGUAGE_LABELS[language]}</legend>
          {FIELDS.map((key) => (
            <CodeField
              key={key}
              name={`${key}.${language}`}
              label={t("codeLabel", { title: t(key), language: CODE_LANGUAGE_LABELS[language] })}
              hint={t(`${key}Hint`)}
              language={language}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
