import { notFound } from "next/navigation";

/**
 * Addresses no route matches land here, so the 404 page (app/not-found.tsx) renders for this request,
 * in the reader's language: Next's own fallback for unmatched URLs is prerendered once, in English.
 * Every real route is more specific than this catch-all and wins.
 */
export default function UnmatchedAddress(): never {
  notFound();
}
