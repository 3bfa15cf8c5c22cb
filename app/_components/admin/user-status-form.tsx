"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import type { TUserStatus } from "@/server/contracts/vocabulary/roles";
import { TextareaField } from "./textarea-field";

/** Suspend (ends every session and API token at once) or reactivate, with a note for the audit log. */
export function UserStatusForm({ userId, status }: { userId: string; status: TUserStatus }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const save = api.admin.setUserStatus.useMutation();
  const next = status === "active" ? "suspended" : "active";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { id: userId, status: next, note: note.trim() || null },
      {
        onSuccess: () => {
          setNote("");
          setDone(next === "suspended" ? "Account suspended: they are signed out everywhere." : "Account reactivated: they can sign in again.");
          router.refresh();
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={save.isPending} className="space-y-4">
      {save.isError ? <FormAlert>{messageOf(save.error)}</FormAlert> : null}
      <p className="text-sm text-slate-700">
        {status === "active"
          ? "Suspending signs this person out on every device, ends their API tokens and stops them signing in until you reactivate the account."
          : "This account is suspended. Reactivating lets them sign in again; their interviews and scores are as they left them."}
      </p>
      <TextareaField
        id="user-status-note"
        label="Note for the audit log"
        optional
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          setDone(null);
        }}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={save.isPending} size="sm" variant={next === "suspended" ? "danger" : "primary"} pendingLabel={next === "suspended" ? "Suspending…" : "Reactivating…"}>
          {next === "suspended" ? "Suspend account" : "Reactivate account"}
        </SubmitButton>
        <p role="status" className="text-sm font-medium text-green-800">
          {done ?? ""}
        </p>
      </div>
    </form>
  );
}
