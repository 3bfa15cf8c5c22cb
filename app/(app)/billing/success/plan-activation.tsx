"use client";

import { skipToken } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { LinkButtons } from "@/app/_components/link-buttons";
import { Spinner } from "@/app/_components/spinner";
import { api } from "@/app/_trpc/client";
import { PLANS } from "@/server/contracts/vocabulary/plans";
import { planQuota } from "@/app/_components/plan-quota";
import { usePlanName } from "@/app/_components/plan-name";

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
  const t = useTranslations("billing.success");
  const planName = usePlanName();
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
    const quota = planQuota(t as unknown as Parameters<typeof planQuota>[0], plan);
    return (
      <div className="space-y-5">
        <FormAlert tone="success" focusOnShow={false}>
          {t("active", { plan: planName(plan.id), quota })}
        </FormAlert>
        <LinkButtons
          links={[
            { href: "/practice", label: t("startPractising") },
            { href: "/settings#billing", label: t("settings") },
          ]}
        />
      </div>
    );
  }

  if (timedOut) {
    return (
      <div className="space-y-5">
        <FormAlert tone="info" focusOnShow={false}>
          {t("slow")}
        </FormAlert>
        <button
          type="button"
          className={buttonClass("secondary")}
          onClick={() => {
            setTimedOut(false);
            void query.refetch();
          }}
        >
          {t("checkAgain")}
        </button>
      </div>
    );
  }

  return (
    <p role="status" className="flex items-center gap-2 text-slate-700">
      <Spinner />
      {t("activating")}
    </p>
  );
}
