"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useServerFailureText } from "@/app/_components/form/use-error-text";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import type { TPaidPlanId } from "@/server/contracts/vocabulary/plans";

/** Starts a Stripe Checkout for the plan and leaves for Stripe's page; stays "pending" until the browser does. */
export function CheckoutButton({ plan, label }: { plan: TPaidPlanId; label: string }) {
  const t = useTranslations("marketing.pricing");
  const failureText = useServerFailureText();
  const [leaving, setLeaving] = useState(false);
  const checkout = api.billing.createCheckout.useMutation({
    onSuccess: ({ url }) => {
      setLeaving(true);
      window.location.assign(url);
    },
  });
  return (
    <div className="space-y-3">
      <SubmitButton
        type="button"
        className="w-full"
        pending={checkout.isPending || leaving}
        pendingLabel={t("opening")}
        onClick={() => checkout.mutate({ plan })}
      >
        {label}
      </SubmitButton>
      {checkout.isError ? <FormAlert>{failureText(checkout.error)}</FormAlert> : null}
    </div>
  );
}
