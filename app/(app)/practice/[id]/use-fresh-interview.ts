import { useEffect, useRef } from "react";
import { api } from "@/app/_trpc/client";
import type { TInterview } from "@/server/contracts/interviews";

/**
 * How long the server's copy of the interview counts as current. Back, or a tab left open, can show a
 * page rendered long ago (Next's router cache, the browser's back-forward cache): past this the
 * interview is read again on mount, on focus and on return, so an interview finished meanwhile shows
 * as finished instead of offering answers the server will refuse.
 */
const INTERVIEW_FRESH_MS = 5_000;

/** The interview as the server has it now: the page's copy from `renderedAt`, read again once it is old. */
export function useFreshInterview(initialInterview: TInterview, renderedAt: number): TInterview {
  const { data, dataUpdatedAt, refetch } = api.interviews.get.useQuery(
    { id: initialInterview.id },
    { initialData: { interview: initialInterview }, initialDataUpdatedAt: renderedAt, staleTime: INTERVIEW_FRESH_MS, refetchOnWindowFocus: true },
  );
  // A page restored from the back-forward cache runs no effects again, and a tab brought back to the
  // front may hold an old copy: read the interview once more when it is older than INTERVIEW_FRESH_MS.
  const lastRead = useRef(renderedAt);
  useEffect(() => {
    const readAgainIfOld = () => {
      if (Date.now() - Math.max(lastRead.current, dataUpdatedAt) <= INTERVIEW_FRESH_MS) return;
      lastRead.current = Date.now();
      // Joins a read already under way (React Query's own on a visibility change) instead of starting a second.
      void refetch({ cancelRefetch: false });
    };
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) void refetch();
    };
    window.addEventListener("pageshow", restored);
    window.addEventListener("focus", readAgainIfOld);
    return () => {
      window.removeEventListener("pageshow", restored);
      window.removeEventListener("focus", readAgainIfOld);
    };
  }, [dataUpdatedAt, refetch]);
  return data.interview;
}
