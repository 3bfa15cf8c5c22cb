"use client";

import { useEffect } from "react";

const KEY = "rehearse.session-renewed-at";
/** Matches SESSION_RENEW_SECONDS: the server renews a session's idle deadline at most this often too. */
const RENEW_MS = 60 * 60 * 1000;
const CHECK_MS = 5 * 60 * 1000;

/**
 * Keeps an active session alive: the session cookie lasts 7 days from when Auth.js last re-issued it,
 * and Auth.js re-issues it only when /api/auth/session is read, which pages rendered on the server never
 * do. So while a signed-in page is open and used, read it about once an hour (shared across tabs).
 */
export function SessionKeepAlive() {
  useEffect(() => {
    function renewIfDue() {
      if (document.visibilityState !== "visible") return;
      const last = Number(window.localStorage.getItem(KEY) ?? 0);
      if (Date.now() - last < RENEW_MS) return;
      window.localStorage.setItem(KEY, String(Date.now()));
      fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" }).catch(() => {
        // Offline: the next check tries again.
        window.localStorage.removeItem(KEY);
      });
    }
    renewIfDue();
    const timer = window.setInterval(renewIfDue, CHECK_MS);
    document.addEventListener("visibilitychange", renewIfDue);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", renewIfDue);
    };
  }, []);
  return null;
}
