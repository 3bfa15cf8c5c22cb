"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FocusHeading } from "@/app/_components/focus-heading";
import { FormNewPasswordField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { serverErrors } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZResetPasswordInputSchema } from "@/server/contracts/accounts";
import { AuthForm } from "../auth-form";
import { InvalidLink } from "../invalid-link";

const ZNewPasswordOnlySchema = ZResetPasswordInputSchema.pick({ newPassword: true });

function looksLikeToken(token: string | null): token is string {
  return token !== null && ZResetPasswordInputSchema.shape.token.safeParse(token).success;
}

export function ResetPasswordForm({ token }: { token: string | null }) {
  const router = useRouter();
  const t = useTranslations("auth.resetPassword");
  const form = useZodForm(ZNewPasswordOnlySchema, { id: "reset-password", defaultValues: { newPassword: "" } });
  const [invalid, setInvalid] = useState(!looksLikeToken(token));
  const reset = api.auth.resetPassword.useMutation();

  // Success first: the refresh after it renders the page again, and the spent link then reads as unusable.
  if (reset.isSuccess) return <Done />;
  if (invalid || !token) {
    return <InvalidLink title={t("invalidTitle")} body={t("invalidBody")} action={{ href: "/forgot-password", label: t("invalidAction") }} />;
  }

  return (
    <AuthForm
      messages="auth.resetPassword"
      form={form}
      pending={reset.isPending}
      onSubmit={({ newPassword }) =>
        reset.mutate(
          { token, newPassword },
          {
            onError: (error) => {
              if (serverErrors(error, ["token"] as const).fields.token) return setInvalid(true);
              form.failFromServer(error);
            },
            onSuccess: () => {
              form.setValue("newPassword", "");
              // Every session ended, this browser's too: the header must stop showing a name.
              router.refresh();
            },
          },
        )
      }
    >
      <FormNewPasswordField name="newPassword" />
    </AuthForm>
  );
}

function Done() {
  const t = useTranslations("auth.resetPassword");
  return (
    <div>
      <FocusHeading>{t("doneTitle")}</FocusHeading>
      <p className="mt-3 text-sm text-slate-700">{t("doneBody")}</p>
      <Link href="/sign-in" className={buttonClass("primary", { extra: "mt-6 w-full" })}>
        {t("signIn")}
      </Link>
    </div>
  );
}
