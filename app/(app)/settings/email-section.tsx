"use client";

import { FormAlert } from "@/app/_components/form-alert";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormEmailField, FormPasswordField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { ResendVerificationButton } from "@/app/_components/resend-verification-button";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZChangeEmailInputSchema } from "@/server/contracts/accounts";

export function EmailSection({ email, verified }: { email: string; verified: boolean }) {
  const form = useZodForm(ZChangeEmailInputSchema, { id: "change-email", defaultValues: { newEmail: "", password: "" } });
  const change = api.me.changeEmail.useMutation();

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">Current email</p>
        <p className="mt-1 flex flex-wrap items-center gap-2">
          <span className="break-all font-medium text-slate-900">{email}</span>
          {verified ? (
            <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-semibold text-green-900">Verified</span>
          ) : (
            <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900">Not verified</span>
          )}
        </p>
        {verified ? null : (
          <div className="mt-3 rounded-lg border border-amber-200 bg-amber-50 p-4">
            <p className="text-sm font-semibold text-slate-900">Verify your email to start interviews</p>
            <p className="mt-1 text-sm text-slate-700">Open the link we sent to {email}. It works for 24 hours.</p>
            <div className="mt-3">
              <ResendVerificationButton email={email} />
            </div>
          </div>
        )}
      </div>

      <div className="space-y-5 border-t border-slate-200 pt-5">
        <div>
          <h3 id="change-email-heading" className="font-semibold text-slate-900">
            Change your email
          </h3>
          <p className="mt-1 text-sm text-slate-600">
            We’ll send a link to the new address. Your email stays {email} until you open it.
          </p>
        </div>
        <MutationForm
          form={form}
          mutation={change}
          input={(values) => values}
          resetOnSuccess
          aria-labelledby="change-email-heading"
          status={change.isSuccess ? <FormAlert tone="success">{change.data.message}</FormAlert> : null}
        >
          <div className="grid gap-5 sm:grid-cols-2">
            <FormEmailField name="newEmail" label="New email" required />
            <FormPasswordField name="password" label="Your password" required />
          </div>
          <SubmitButton pending={change.isPending} pendingLabel="Sending…">
            Send the confirmation link
          </SubmitButton>
        </MutationForm>
      </div>
    </div>
  );
}
