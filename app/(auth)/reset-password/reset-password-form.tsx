"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FocusHeading } from "@/app/_components/focus-heading";
import { Form } from "@/app/_components/form/form";
import { FormNewPasswordField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { serverErrors } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZResetPasswordInputSchema } from "@/server/contracts/accounts";
import { AuthHeading } from "../auth-heading";
import { InvalidLink } from "../invalid-link";

const ZNewPasswordOnlySchema = ZResetPasswordInputSchema.pick({ newPassword: true });

function looksLikeToken(token: string | null): token is string {
  return token !== null && ZResetPasswordInputSchema.shape.token.safeParse(token).success;
}

const INVALID = {
  title: "This reset link doesn’t work",
  body: "It may be mistyped, already used, or older than an hour. Ask for a new link and use the newest email.",
  action: { href: "/forgot-password", label: "Ask for a new link" },
};

export function ResetPasswordForm({ token }: { token: string | null }) {
  const router = useRouter();
  const form = useZodForm(ZNewPasswordOnlySchema, { id: "reset-password", defaultValues: { newPassword: "" } });
  const [invalid, setInvalid] = useState(!looksLikeToken(token));
  const reset = api.auth.resetPassword.useMutation();

  if (invalid || !token) return <InvalidLink {...INVALID} />;
  if (reset.isSuccess) return <Done />;

  return (
    <>
      <AuthHeading title="Choose a new password">
        <p>After this, you’ll be signed out everywhere, and you sign in with the new password.</p>
      </AuthHeading>
      <Form
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
        <SubmitButton pending={reset.isPending} pendingLabel="Saving…" className="w-full">
          Save the new password
        </SubmitButton>
      </Form>
    </>
  );
}

function Done() {
  return (
    <div>
      <FocusHeading>Your password is changed</FocusHeading>
      <p className="mt-3 text-sm text-slate-700">
        We signed you out on every device and ended your API tokens. Sign in with your new password to continue.
      </p>
      <Link href="/sign-in" className={buttonClass("primary", { extra: "mt-6 w-full" })}>
        Sign in
      </Link>
    </div>
  );
}
