"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { Form } from "@/app/_components/form/form";
import { FormTextField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { Spinner } from "@/app/_components/spinner";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { api } from "@/app/_trpc/client";
import { CODE_TIME_LIMIT_MS, ZCodingSpecFormSchema, type TAdminCodingQuestion, type TReferenceCheck } from "@/server/contracts/coding-spec";
import { CodingSpecCodeFields } from "./coding-spec-code-fields";
import { CodingSpecReferenceResults } from "./coding-spec-reference-results";
import { CodingSpecTests } from "./coding-spec-tests";
import { codingFormValues, withHarness } from "./coding-spec-values";

interface CodingSpecEditorProps {
  questionId: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Loads a coding question's spec, then edits it (CodingSpecForm). */
export function CodingSpecEditor({ questionId, onSaved, onCancel }: CodingSpecEditorProps) {
  const query = api.admin.coding.get.useQuery({ questionId }, { staleTime: 0, refetchOnWindowFocus: false });
  const t = useTranslations("admin-questions.coding");
  const failureText = useFailureText();
  if (query.isPending) {
    return (
      <p className="flex items-center gap-2 text-sm text-slate-700" role="status">
        <Spinner /> {t("loading")}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="space-y-3">
        <FormAlert>{failureText(query.error)}</FormAlert>
        <button type="button" className={buttonClass("secondary", { size: "sm" })} onClick={() => void query.refetch()}>
          {t("retry")}
        </button>
      </div>
    );
  }
  return <CodingSpecForm question={query.data} onSaved={onSaved} onCancel={onCancel} />;
}

function CodingSpecForm({ question, onSaved, onCancel }: { question: TAdminCodingQuestion } & Omit<CodingSpecEditorProps, "questionId">) {
  const utils = api.useUtils();
  const t = useTranslations("admin-questions.coding");
  const form = useZodForm(ZCodingSpecFormSchema, { id: "coding-spec", defaultValues: codingFormValues(question.spec) });
  const [check, setCheck] = useState<TReferenceCheck | null>(null);
  const run = api.admin.coding.runReference.useMutation({ onSuccess: setCheck, onError: form.failFromServer });
  const save = api.admin.coding.save.useMutation({
    onSuccess: (saved) => {
      void utils.admin.coding.get.invalidate({ questionId: saved.questionId });
      onSaved(t("saved", { slug: saved.slug }));
    },
    onError: form.failFromServer,
  });
  const onRun = form.handleSubmit(
    (values) => {
      form.setFormError(null);
      setCheck(null);
      run.mutate({ spec: withHarness(question.spec, values) });
    },
    () => form.setFormError(t("fixFields")),
  );

  return (
    <Form form={form} pending={save.isPending} onSubmit={(values) => save.mutate({ questionId: question.questionId, spec: withHarness(question.spec, values) })}>
      {question.active ? (
        <FormAlert tone="info" focusOnShow={false}>
          {t("activeNote")}
        </FormAlert>
      ) : null}
      {question.spec?.style === "class" ? (
        <p className="text-sm text-slate-700">{t("classNote")}</p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormTextField name="functionName" label={question.spec?.style === "class" ? t("className") : t("functionName")} autoComplete="off" spellCheck={false} />
        <FormTextField
          name="timeLimitMs"
          label={t("timeLimit")}
          type="number"
          inputMode="numeric"
          min={CODE_TIME_LIMIT_MS.min}
          max={CODE_TIME_LIMIT_MS.max}
          step={100}
        />
      </div>
      <CodingSpecCodeFields />
      <CodingSpecTests />

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <SubmitButton type="button" variant="secondary" pending={run.isPending} pendingLabel={t("running")} onClick={() => void onRun()}>
          {t("run")}
        </SubmitButton>
        <SubmitButton pending={save.isPending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
        <button type="button" onClick={onCancel} className={buttonClass("secondary")}>
          {t("cancel")}
        </button>
      </div>
      {check ? <CodingSpecReferenceResults check={check} /> : null}
    </Form>
  );
}
