"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";
import { TRPC_MAX_BATCH_SIZE } from "@/server/contracts/trpc-batch";
import { makeQueryClient } from "./query-client";

/** The design card's React binding: `api.<router>.<procedure>.useQuery()/useMutation()/useSubscription()`, `api.useUtils()`. */
export const api = createTRPCReact<AppRouter>();

/** What `api.useUtils()` returns: cache helpers per procedure, and `.client` for plain calls. */
export type TApiUtils = ReturnType<typeof api.useUtils>;

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        splitLink({
          // Subscriptions (answer status) stream as server-sent events over one GET, same-origin with cookies.
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ url: "/api/trpc", transformer: superjson }),
          // A call made with context.idempotencyKey goes alone, so the Idempotency-Key header is its own.
          false: splitLink({
            condition: (op) => typeof op.context.idempotencyKey === "string",
            true: httpLink({
              url: "/api/trpc",
              transformer: superjson,
              headers: ({ op }) => ({ "Idempotency-Key": String(op.context.idempotencyKey) }),
            }),
            false: httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: TRPC_MAX_BATCH_SIZE }),
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <api.Provider client={trpcClient} queryClient={queryClient}>
        {children}
      </api.Provider>
    </QueryClientProvider>
  );
}
