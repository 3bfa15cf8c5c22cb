"use client";

import { skipToken } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api } from "@/app/_trpc/client";
import { useStreamSlot } from "./stream-slots";
import type { TAnswer } from "@/server/contracts/interviews";

/** How often a pending answer is asked for its score, only while the push stream is not working. */
export const POLL_MS = 700;
/** A stream still (re)connecting after this long counts as broken: polling takes over until it is back. */
const STREAM_GRACE_MS = 4_000;
/**
 * An answer, kept current by push: the interviews.onAnswer subscription (server-sent events)
 * writes every change into the getAnswer query's cache, so nothing is fetched while it works.
 * The query polls only when the stream fails, stalls while reconnecting, or cannot be opened.
 */
export function useAnswerStatus(answerId: string, seeded: TAnswer | undefined) {
  const utils = api.useUtils();
  const cached = utils.interviews.getAnswer.getData({ id: answerId })?.answer ?? seeded;
  const pending = (cached?.status ?? "pending") === "pending";
  // A provisional built-in score is replaced by the AI grade when the provider recovers: keep listening
  // (but never poll for it: that can take minutes).
  const live = pending || cached?.score?.provisional === true;
  const slot = useStreamSlot(live);
  const [failed, setFailed] = useState(false);
  const subscription = api.interviews.onAnswer.useSubscription(live && slot === true ? { id: answerId } : skipToken, {
    onData: (event) => utils.interviews.getAnswer.setData({ id: answerId }, { answer: event.data.answer }),
    // A fatal error (not retried by the link: no SSE support, a refused request): poll from now on.
    onError: () => setFailed(true),
  });
  // "connecting" covers the first connect and every reconnect; one that outlasts the grace period counts as broken.
  const connecting = subscription.status === "connecting";
  const [stalled, setStalled] = useState(false);
  if (!connecting && stalled) setStalled(false);
  useEffect(() => {
    if (!connecting) return;
    const timer = window.setTimeout(() => setStalled(true), STREAM_GRACE_MS);
    return () => window.clearTimeout(timer);
  }, [connecting]);
  const polling = slot === false || failed || (connecting && stalled);

  const query = api.interviews.getAnswer.useQuery(
    { id: answerId },
    {
      initialData: seeded ? { answer: seeded } : undefined,
      // The interview's copy of an answer leaves out a spoken answer's recording (`voice` absent, not null):
      // read the answer once, or a score that was ready before the card appeared (a reload, a fast scorer)
      // showed without its delivery feedback.
      initialDataUpdatedAt: seeded && seeded.voice === undefined ? 0 : undefined,
      // While the stream delivers, its first event is the answer as it is now: no fetch needed.
      enabled: !pending || polling,
      refetchInterval: (current) => (polling && (current.state.data?.answer.status ?? "pending") === "pending" ? POLL_MS : false),
    },
  );

  return { query, answer: query.data?.answer, streaming: subscription.status === "pending", polling };
}
