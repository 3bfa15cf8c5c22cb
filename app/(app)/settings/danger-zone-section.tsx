"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { Form } from "@/app/_components/form/form";
import { FormPasswordField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZDeleteAccountInputSchema } from "@/server/contracts/accounts";

export function DangerZoneSection({ email }: { email: string }) {
  const [confirming, setConfirming] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Back to the button that opened the confirmation when it closes, so keyboard users keep their place.
  useEffect(() => {
    if (wasOpen.current && !confirming) openButton.current?.focus();
    wasOpen.current = confirming;
  }, [confirming]);

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Deleting your account removes your profile, interviews, answers and scores for good.
      </p>
      {confirming ? (
        <DeleteConfirmation email={email} onCancel={() => setConfirming(false)} />
      ) : (
        <button ref={openButton} type="button" onClick={() => setConfirming(true)} className={buttonClass("danger")}>
          Delete my account…
        </button>
      )}
    </div>
  );
}

function DeleteConfirmation({ email, onCancel }: { email: string; onCancel: () => void }) {
  const router = useRouter();
  const form = useZodForm(ZDeleteAccountInputSchema, { id: "delete-account", defaultValues: { password: "" } });
  const [leaving, setLeaving] = useState(false);
  const remove = api.me.delete.useMutation();
  const { setFocus } = form;

  useEffect(() => setFocus("password"), [setFocus]);

  return (
    <Form
      form={form}
      pending={remove.isPending || leaving}
      onSubmit={(values) =>
        remove.mutate(values, {
          onError: form.failFromServer,
          onSuccess: async () => {
            setLeaving(true);
            // The account is gone, so its session is already void; if clearing the cookie fails, just leave.
            await signOut({ redirectTo: "/" }).catch(() => {
              router.push("/");
              router.refresh();
            });
          },
        })
      }
      aria-labelledby="delete-account-heading"
      aria-describedby="delete-account-warning"
      className="space-y-4 rounded-lg border border-red-200 bg-red-50 p-4 sm:p-5"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !remove.isPending && !leaving) onCancel();
      }}
      header={
        <>
          <h3 id="delete-account-heading" className="font-semibold text-red-900">
            Delete your account?
          </h3>
          <p id="delete-account-warning" className="text-sm text-slate-900">
            This deletes your account and everything in it right away. <strong>It cannot be undone.</strong> If you want a copy, export
            your data first.
          </p>
        </>
      }
    >
      <FormPasswordField
        name="password"
        label="Your password"
        hint={`Signed up with Google, GitHub or LinkedIn and never set a password? Type your email address (${email}) instead.`}
        required
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pending={remove.isPending || leaving} pendingLabel="Deleting…">
          Delete my account forever
        </SubmitButton>
        <button type="button" onClick={onCancel} disabled={remove.isPending || leaving} className={buttonClass("secondary")}>
          Cancel
        </button>
      </div>
    </Form>
  );
}
