import { MutationCache, QueryClient, defaultShouldDehydrateQuery } from "@tanstack/react-query";
import superjson from "superjson";
import { errorTextOf } from "@/server/contracts/error-text";

/**
 * The server said the interview no longer takes answers (finished or abandoned in another tab, or a page
 * brought back by Back): whatever this tab shows of interviews is stale, so it is read again and the page
 * turns into the read-only view instead of offering more actions that fail the same way.
 */
function isInterviewClosed(error: unknown): boolean {
  return errorTextOf(error)?.messageKey === "server.interviewClosed";
}

export function makeQueryClient() {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isInterviewClosed(error)) void client.invalidateQueries({ queryKey: [["interviews"]] });
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30 * 1000 },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
  return client;
}
