"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { api } from "@/app/_trpc/client";

export function SessionsSection() {
  const t = useTranslations("settings.sessions");
  const failureText = useFailureText();
  const router = useRouter();
  const [signingOut, setSigningOut] = useState(false);
  const endAll = api.auth.signOutEverywhere.useMutation({
    onSuccess: async () => {
      setSigningOut(true);
      // The server has already ended this session too; this clears the cookie and leaves the page.
      await signOut({ redirectTo: "/sign-in" }).catch(() => {
        router.push("/sign-in");
        router.refresh();
      });
    },
  });
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {t("lost")}
      </p>
      <p className="text-sm text-slate-700">
        {t("rules")}
      </p>
      {endAll.isError ? <FormAlert>{failureText(endAll.error)}</FormAlert> : null}
      <SubmitButton
        type="button"
        variant="secondary"
        pending={endAll.isPending || signingOut}
        pendingLabel={t("pending")}
        onClick={() => endAll.mutate()}
      >
        {t("action")}
      </SubmitButton>
    </div>
  );
}
