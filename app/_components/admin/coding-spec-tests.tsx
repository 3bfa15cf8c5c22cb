"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { buttonClass } from "@/app/_components/button-styles";
import { FormCheckboxField, FormTextareaField, FormTextField } from "@/app/_components/form/fields";
import { MAX_TESTS, type TCodingSpecFormValues } from "@/server/contracts/coding-spec";

const small = buttonClass("secondary", { size: "sm", extra: "px-2" });

/** The test list: name, arguments and expected value as JSON, visible or hidden, order of the result. */
export function CodingSpecTests() {
  const { control } = useFormContext<TCodingSpecFormValues>();
  const list = useFieldArray({ control, name: "tests", keyName: "key" });
  const t = useTranslations("admin-questions.coding");
  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="text-sm font-semibold text-slate-900">{t("tests")}</legend>
      <p className="text-sm text-slate-600">{t.rich("testsHint", { example: '{"$gen": …}', code: (chunks) => <code className="font-mono">{chunks}</code> })}</p>
      <ol className="space-y-3">
        {list.fields.map((field, index) => (
          <li key={field.key} className="rounded-lg border border-slate-200 p-3" data-testid="coding-test">
            <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
              <FormTextField name={`tests.${index}.name`} label={t("testName", { number: index + 1 })} maxLength={80} autoComplete="off" />
              <div className="flex items-end">
                <button type="button" className={small} onClick={() => list.remove(index)}>
                  <span aria-hidden="true">{t("remove")}</span>
                  <span className="sr-only">{t("removeTest", { number: index + 1 })}</span>
                </button>
              </div>
            </div>
            <div className="mt-3 grid gap-3 sm:grid-cols-2">
              <FormTextareaField name={`tests.${index}.args`} label={t("args")} rows={2} spellCheck={false} className="[&_textarea]:font-mono" />
              <FormTextareaField name={`tests.${index}.expected`} label={t("expected")} rows={2} spellCheck={false} className="[&_textarea]:font-mono" />
            </div>
            <div className="mt-3 grid gap-3 sm:grid-cols-2">
              <FormCheckboxField name={`tests.${index}.hidden`} label={t("hidden")} hint={t("hiddenHint")} />
              <FormCheckboxField name={`tests.${index}.unordered`} label={t("unordered")} hint={t("unorderedHint")} />
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={small}
        disabled={list.fields.length >= MAX_TESTS.examples + MAX_TESTS.hidden}
        onClick={() => list.append({ name: t("newTestName", { number: list.fields.length + 1 }), args: "[]", expected: "null", hidden: true, unordered: false })}
      >
        {t("add")}
      </button>
    </fieldset>
  );
}
