"use client";

import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import type { TPaidPlanId } from "@/server/contracts/vocabulary/plans";

/** Starts a Stripe Checkout for the plan and leaves for Stripe's page; stays "pending" until the browser does. */
export function CheckoutButton({ plan, label }: { plan: TPaidPlanId; label: string }) {
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
        pendingLabel="Opening secure checkout…"
        onClick={() => checkout.mutate({ plan })}
      >
        {label}
      </SubmitButton>
      {checkout.isError ? <FormAlert>{messageOf(checkout.error)}</FormAlert> : null}
    </div>
  );
}
