"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { api } from "@/app/_trpc/client";
import { ZDisputeScoreInputSchema } from "@/server/contracts/support";
import { buttonClass } from "./button-styles";
import { MutationForm } from "./form/mutation-form";
import { FormTextareaField } from "./form/fields";
import { useZodForm } from "./form/use-zod-form";
import { SubmitButton } from "./submit-button";

const ZReasonFormSchema = ZDisputeScoreInputSchema.pick({ reason: true });

/**
 * "Dispute this score": the candidate says what the score missed and the answer joins the admins'
 * review queue (support.disputeScore). Collapsed to one small button until used.
 */
export function DisputeScoreButton({ answerId }: { answerId: string }) {
  const t = useTranslations("components.dispute");
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);

  if (sent) {
    return (
      <p role="status" className="text-sm font-medium text-green-800">
        {t("sent")}
      </p>
    );
  }

  if (!open) {
    return (
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={false}
        onClick={() => setOpen(true)}
        className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:text-brand-900 hover:underline"
      >
        {t("open")}
      </button>
    );
  }

  return (
    <DisputeForm
      answerId={answerId}
      onSent={() => setSent(true)}
      onCancel={() => {
        setOpen(false);
        // Back to the button that opened the form, which the next render puts back.
        requestAnimationFrame(() => toggleRef.current?.focus());
      }}
    />
  );
}

function DisputeForm({ answerId, onSent, onCancel }: { answerId: string; onSent: () => void; onCancel: () => void }) {
  const t = useTranslations("components.dispute");
  const form = useZodForm(ZReasonFormSchema, { id: `dispute-${answerId}`, defaultValues: { reason: "" } });
  const dispute = api.support.disputeScore.useMutation();
  return (
    <MutationForm
      form={form}
      mutation={dispute}
      input={({ reason }) => ({ answerId, reason })}
      onSuccess={onSent}
      aria-label={t("open")}
      className="space-y-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200"
    >
      <FormTextareaField
        name="reason"
        label={t("label")}
        hint={t("hint")}
        rows={3}
        maxLength={2000}
        autoFocus
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={dispute.isPending} pendingLabel={t("pending")} size="sm">
          {t("submit")}
        </SubmitButton>
        <button type="button" onClick={onCancel} className={buttonClass("secondary", { size: "sm" })}>
          {t("cancel")}
        </button>
      </div>
    </MutationForm>
  );
}
