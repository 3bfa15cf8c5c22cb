"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the mailbox when an email lands in the outbox (pushed over server-sent events, see
 * events/route.ts). Without EventSource, or when the stream is refused, a reload still works.
 */
export function LiveRefresh() {
  const router = useRouter();
  useEffect(() => {
    if (typeof window.EventSource === "undefined") return;
    const source = new EventSource("/dev/mailbox/events");
    source.addEventListener("mail", () => router.refresh());
    return () => source.close();
  }, [router]);
  return null;
}
