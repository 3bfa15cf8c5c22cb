"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type * as z from "zod";
import { Form } from "@/app/_components/form/form";
import type { TZodForm, TZodFormSchema } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { AuthHeading } from "./auth-heading";

/** Each of these has its title, intro, submit and pending words under the same keys. */
type TAuthFormMessages = "auth.signIn" | "auth.signUp" | "auth.forgotPassword" | "auth.resetPassword";

interface AuthFormProps<S extends TZodFormSchema> {
  messages: TAuthFormMessages;
  form: TZodForm<S>;
  pending: boolean;
  onSubmit: (values: z.output<S>) => unknown;
  /** Above the fields, below the form's own alert (e.g. why the last sign-in failed). */
  status?: ReactNode;
  /** Between the form and the footnote (e.g. the OAuth buttons). */
  below?: ReactNode;
  /** The small centred line at the bottom ("Already have an account? Sign in"). */
  footnote?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/** The shell every account form shares: heading with intro, the form, a full-width submit, a footnote. */
export function AuthForm<S extends TZodFormSchema>({ messages, form, pending, onSubmit, status, below, footnote, children }: AuthFormProps<S>) {
  const t = useTranslations(messages);
  return (
    <>
      <AuthHeading title={t("title")}>
        <p>{t("intro")}</p>
      </AuthHeading>
      <Form form={form} pending={pending} onSubmit={onSubmit} status={status}>
        {children}
        <SubmitButton pending={pending} pendingLabel={t("pending")} className="w-full">
          {t("submit")}
        </SubmitButton>
      </Form>
      {below}
      {footnote ? <p className="mt-6 text-center text-sm text-slate-700">{footnote}</p> : null}
    </>
  );
}
