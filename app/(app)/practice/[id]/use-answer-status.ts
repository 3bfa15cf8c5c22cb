"use client";

import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { useStreamSlot } from "./stream-slots";
import type { TAnswer } from "@/server/interviews/interview-dto";

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
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queryKey = trpc.interviews.getAnswer.queryKey({ id: answerId });
  const cached = queryClient.getQueryData(queryKey)?.answer ?? seeded;
  const pending = (cached?.status ?? "pending") === "pending";
  // A provisional built-in score is replaced by the AI grade when the provider recovers: keep listening
  // (but never poll for it: that can take minutes).
  const live = pending || cached?.score?.provisional === true;
  const slot = useStreamSlot(live);
  // When the stream started (re)connecting, and whether that attempt outlasted the grace period.
  const [connectingSince, setConnectingSince] = useState<number | null>(null);
  const [stalledAt, setStalledAt] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const streamBroken = failed || (connectingSince !== null && stalledAt === connectingSince);
  const polling = slot === false || streamBroken;

  const query = useQuery({
    ...trpc.interviews.getAnswer.queryOptions({ id: answerId }),
    initialData: seeded ? { answer: seeded } : undefined,
    // While the stream delivers, its first event is the answer as it is now: no fetch needed.
    enabled: !pending || polling,
    refetchInterval: (current) => (polling && (current.state.data?.answer.status ?? "pending") === "pending" ? POLL_MS : false),
  });

  const subscription = useSubscription(
    trpc.interviews.onAnswer.subscriptionOptions(live && slot === true ? { id: answerId } : skipToken, {
      onData: (event) => queryClient.setQueryData(queryKey, { answer: event.data.answer }),
      onConnectionStateChange: (state) => {
        if (state.state === "connecting") setConnectingSince((since) => since ?? Date.now());
        else setConnectingSince(null);
      },
      // A fatal error (not retried by the link: no SSE support, a refused request): poll from now on.
      onError: () => setFailed(true),
    }),
  );

  useEffect(() => {
    if (connectingSince === null) return;
    const timer = window.setTimeout(() => setStalledAt(connectingSince), STREAM_GRACE_MS);
    return () => window.clearTimeout(timer);
  }, [connectingSince]);

  return { query, answer: query.data?.answer, streaming: subscription.status === "pending", polling };
}
