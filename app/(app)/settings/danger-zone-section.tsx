"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { Form } from "@/app/_components/form/form";
import { FormPasswordField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZDeleteAccountInputSchema } from "@/server/contracts/accounts";

export function DangerZoneSection({ email }: { email: string }) {
  const t = useTranslations("settings.danger");
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
        {t("text")}
      </p>
      {confirming ? (
        <DeleteConfirmation email={email} onCancel={() => setConfirming(false)} />
      ) : (
        <button ref={openButton} type="button" onClick={() => setConfirming(true)} className={buttonClass("danger")}>
          {t("open")}
        </button>
      )}
    </div>
  );
}

function DeleteConfirmation({ email, onCancel }: { email: string; onCancel: () => void }) {
  const t = useTranslations("settings.danger");
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
            {t("title")}
          </h3>
          <p id="delete-account-warning" className="text-sm text-slate-900">
            {t.rich("warning", { strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        </>
      }
    >
      <FormPasswordField
        name="password"
        label={t("password")}
        hint={t("passwordHint", { email })}
        required
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pending={remove.isPending || leaving} pendingLabel={t("deleting")}>
          {t("confirm")}
        </SubmitButton>
        <button type="button" onClick={onCancel} disabled={remove.isPending || leaving} className={buttonClass("secondary")}>
          {t("cancel")}
        </button>
      </div>
    </Form>
  );
}
