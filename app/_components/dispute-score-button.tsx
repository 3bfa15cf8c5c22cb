"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { TextareaField } from "@/app/_components/admin/textarea-field";
import { buttonClass } from "./button-styles";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { appCodeOf, messageOf } from "./use-form-errors";
import { api } from "@/app/_trpc/client";

const MIN_REASON = 5;
const MAX_REASON = 2000;

/**
 * "Dispute this score": the candidate says what the score missed and the answer joins the admins'
 * review queue (support.disputeScore). Collapsed to one small button until used.
 */
export function DisputeScoreButton({ answerId }: { answerId: string }) {
  const id = useId();
  const reasonId = `${id}-reason`;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const dispute = api.support.disputeScore.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (dispute.isPending) return;
    const text = reason.trim();
    if (text.length < MIN_REASON) {
      setError("Tell us what the score missed (at least 5 characters).");
      document.getElementById(reasonId)?.focus();
      return;
    }
    setError(undefined);
    dispute.mutate(
      { answerId, reason: text },
      {
        onError: (failure) => {
          if (appCodeOf(failure) === "VALIDATION_ERROR") {
            setError(messageOf(failure));
            document.getElementById(reasonId)?.focus();
          }
        },
      },
    );
  }

  if (dispute.isSuccess) {
    return (
      <p role="status" className="text-sm font-medium text-green-800">
        Sent for review. Our team will check this score and you’ll see any change here.
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
        Dispute this score
      </button>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={dispute.isPending} aria-label="Dispute this score" className="space-y-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      {dispute.isError && appCodeOf(dispute.error) !== "VALIDATION_ERROR" ? <FormAlert>{messageOf(dispute.error)}</FormAlert> : null}
      <TextareaField
        id={reasonId}
        label="What did the score miss?"
        hint="A reviewer reads your answer again with your note."
        rows={3}
        maxLength={MAX_REASON}
        autoFocus
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setError(undefined);
        }}
        error={error}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={dispute.isPending} pendingLabel="Sending…" size="sm">
          Send for review
        </SubmitButton>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setError(undefined);
            dispute.reset();
            // Back to the button that opened the form, which the next render puts back.
            requestAnimationFrame(() => toggleRef.current?.focus());
          }}
          className={buttonClass("secondary", { size: "sm" })}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
