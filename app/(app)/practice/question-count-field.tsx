"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { FieldError } from "@/app/_components/field-error";
import { describedBy, inputClass } from "@/app/_components/field-styles";
import { useFieldId } from "@/app/_components/form/form";
import { MAX_QUESTIONS } from "@/server/contracts/interviews";

/**
 * How many questions, bound to the surrounding <Form>. The range in the hint is the contract's
 * constant; a value outside it gets the contract's own message from the form's schema.
 */
export function QuestionCountField() {
  const t = useTranslations("practice.count");
  const id = useFieldId("questionCount");
  const { register, getFieldState, formState } = useFormContext<{ questionCount: string }>();
  const error = getFieldState("questionCount", formState).error?.message;
  const count = Number(useWatch<{ questionCount: string }>({ name: "questionCount" }));
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-lg font-semibold text-slate-900">
        {t("label")}
      </label>
      <p id="question-count-hint" className="mt-1 text-sm text-slate-600">
        {t("range", { max: MAX_QUESTIONS })}{" "}
        {Number.isInteger(count) && count >= 1 && count <= MAX_QUESTIONS ? t("minutes", { from: count * 4, to: count * 6 }) : null}
      </p>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_QUESTIONS}
        step={1}
        // The default in the server's HTML too (react-hook-form fills it in only after hydration).
        defaultValue={formState.defaultValues?.questionCount}
        {...register("questionCount")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId, "question-count-hint")}
        className={inputClass(Boolean(error), "max-w-[8rem]")}
      />
      {error ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}
