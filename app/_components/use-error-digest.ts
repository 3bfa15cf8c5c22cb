"use client";

import { useEffect } from "react";

/**
 * For an error boundary: logs the error in the browser console once, and returns the id Next.js
 * gives a server error (`digest`, the key to the server's log line), or null.
 */
export function useErrorDigest(error: unknown): string | null {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
}
