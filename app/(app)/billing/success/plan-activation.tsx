"use client";

import { skipToken } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { quotaSummary } from "@/app/_components/billing-format";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { Spinner } from "@/app/_components/spinner";
import { api } from "@/app/_trpc/client";
import { PLANS } from "@/server/contracts/vocabulary/plans";

/** Only when the push stream fails. */
const POLL_MS = 2000;
/** Stripe usually confirms within seconds; past this we say so and stop asking. */
const GIVE_UP_AFTER_MS = 60_000;

/**
 * Waits for the webhook: the plan changes only once Stripe's event has been applied. The server
 * pushes the subscription summary when that happens (billing.onSubscription, server-sent events);
 * if the stream fails, this asks every 2 s instead.
 */
export function PlanActivation() {
  const utils = api.useUtils();
  const [timedOut, setTimedOut] = useState(false);
  const [streamFailed, setStreamFailed] = useState(false);
  const query = api.billing.subscription.useQuery(undefined, {
    staleTime: 0,
    // The stream's first event is the summary as it is now: no fetch while it works.
    enabled: streamFailed,
    refetchInterval: (current) => (timedOut || current.state.data?.source === "subscription" ? false : POLL_MS),
  });
  const waiting = !timedOut && query.data?.source !== "subscription";
  const stream = api.billing.onSubscription.useSubscription(waiting ? undefined : skipToken, {
    onData: (event) => utils.billing.subscription.setData(undefined, event.data),
    onError: () => setStreamFailed(true),
  });
  // Reconnecting after a dropped stream: poll from now on (both may run; the first answer wins).
  if (stream.status === "connecting" && stream.error && !streamFailed) setStreamFailed(true);
  const active = query.data?.source === "subscription";

  useEffect(() => {
    if (active || timedOut) return;
    const timer = window.setTimeout(() => setTimedOut(true), GIVE_UP_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [active, timedOut]);

  if (active && query.data) {
    const plan = PLANS[query.data.plan];
    return (
      <div className="space-y-5">
        <FormAlert tone="success" focusOnShow={false}>
          You are on the {plan.name} plan: {quotaSummary(plan).toLowerCase()}.
        </FormAlert>
        <div className="flex flex-wrap gap-3">
          <Link href="/practice" className={buttonClass("primary")}>
            Start practising
          </Link>
          <Link href="/settings#billing" className={buttonClass("secondary")}>
            Billing settings
          </Link>
        </div>
      </div>
    );
  }

  if (timedOut) {
    return (
      <div className="space-y-5">
        <FormAlert tone="info" focusOnShow={false}>
          Your payment went through, but activating your plan is taking longer than usual. It can take a minute; you don’t need to pay
          again. Check again shortly, or look at Settings → Billing.
        </FormAlert>
        <button
          type="button"
          className={buttonClass("secondary")}
          onClick={() => {
            setTimedOut(false);
            void query.refetch();
          }}
        >
          Check again
        </button>
      </div>
    );
  }

  return (
    <p role="status" className="flex items-center gap-2 text-slate-700">
      <Spinner />
      Activating your plan…
    </p>
  );
}
