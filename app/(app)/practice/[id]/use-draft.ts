"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { appCodeOf, messageOf } from "@/app/_components/use-form-errors";
import { api, type TApiUtils } from "@/app/_trpc/client";
import type { TDraftCodeView } from "@/server/contracts/code";
import { MAX_ANSWER_CHARS } from "@/server/contracts/vocabulary/score";
import { chooseInitialDraft, draftKey, readLocalDraft, removeLocal, writeLocalDraft, type TDraftKind, type TInitialDraft } from "./draft-storage";

/** How often a changed draft goes to the server. */
export const AUTOSAVE_MS = 3000;

export type TSaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  /** Kept on this device only: follow-up answers, or text over the limit the server would refuse. */
  | { kind: "device" }
  | { kind: "offline" }
  | { kind: "refused"; message: string };

/**
 * Keeps the cached interview's draft equal to what the server holds, so coming back to a question
 * in this tab starts from the saved text rather than the draft the page was loaded with.
 */
export function patchCachedDraft(utils: TApiUtils, interviewId: string, questionId: string, draft: string): void {
  utils.interviews.get.setData({ id: interviewId }, (old) =>
    old
      ? {
          interview: {
            ...old.interview,
            questions: old.interview.questions.map((question) => (question.questionId === questionId ? { ...question, draft } : question)),
          },
        }
      : old,
  );
}

/** Failures worth retrying on the next tick (no connection, server restarting); others wait for an edit. */
function isTransient(error: unknown): boolean {
  const code = appCodeOf(error);
  return code === null || code === "INTERNAL" || code === "SERVICE_UNAVAILABLE" || code === "RATE_LIMITED";
}

interface UseDraftOptions {
  interviewId: string;
  questionId: string;
  kind: TDraftKind;
  scope?: string;
  serverDraft: string;
  submittedTexts: ReadonlySet<string>;
  fallbackText?: string;
  /** Only main answers have a server draft; follow-up answers are kept on this device. */
  syncToServer: boolean;
  /** A coding question's editor as JSON (useCodeDraft's serverCopy), saved with the text; and the server's copy. */
  code?: { current: string; server: string };
}

/**
 * The answer box's text, kept safe twice: in localStorage on every change, and on the server every
 * few seconds when it changed (and when the tab is hidden, the connection returns, or the box goes away).
 * Use only after hydration: the initial text reads localStorage.
 */
export function useDraft({ interviewId, questionId, kind, scope, serverDraft, submittedTexts, fallbackText, syncToServer, code }: UseDraftOptions) {
  const utils = api.useUtils();
  const key = draftKey(interviewId, questionId, kind, scope);
  const [initial] = useState<TInitialDraft>(() => chooseInitialDraft({ local: readLocalDraft(key), serverDraft, submittedTexts, fallbackText }));
  const [text, setTextState] = useState(initial.text);
  const [saveState, setSaveState] = useState<TSaveState>({ kind: "idle" });
  /** A short message for screen readers when the connection drops or returns (not every save). */
  const [announcement, setAnnouncement] = useState("");
  const textRef = useRef(initial.text);
  // A prefilled previous attempt is not a change: it is not pushed to the server until edited.
  const serverTextRef = useRef(initial.source === "fallback" ? initial.text : serverDraft);
  const refusedTextRef = useRef<string | null>(null);
  const inFlightRef = useRef(false);
  const pausedRef = useRef(false);
  const offlineRef = useRef(false);
  const codeRef = useRef(code?.current ?? "");
  const serverCodeRef = useRef(code?.server ?? "");
  useEffect(() => {
    codeRef.current = code?.current ?? "";
  }, [code]);

  const saveNow = useCallback(async () => {
    if (!syncToServer || pausedRef.current || inFlightRef.current) return;
    const draft = textRef.current;
    const codeJson = codeRef.current;
    const codeChanged = codeJson !== "" && codeJson !== serverCodeRef.current;
    if (!codeChanged && (draft === serverTextRef.current || draft === refusedTextRef.current)) return;
    if (draft.length > MAX_ANSWER_CHARS) {
      setSaveState({ kind: "device" });
      return;
    }
    inFlightRef.current = true;
    setSaveState({ kind: "saving" });
    try {
      const { savedAt } = await utils.client.interviews.saveDraft.mutate({ id: interviewId, questionId, draft, ...(codeChanged ? { code: JSON.parse(codeJson) as TDraftCodeView } : {}) });
      serverTextRef.current = draft;
      if (codeChanged) serverCodeRef.current = codeJson;
      patchCachedDraft(utils, interviewId, questionId, draft);
      if (textRef.current === draft) writeLocalDraft(key, { text: draft, updatedAt: Date.now(), synced: true });
      setSaveState({ kind: "saved", at: savedAt });
      if (offlineRef.current) {
        offlineRef.current = false;
        setAnnouncement("Back online. Your answer is saved.");
      }
    } catch (error) {
      if (isTransient(error)) {
        setSaveState({ kind: "offline" });
        if (!offlineRef.current) {
          offlineRef.current = true;
          setAnnouncement("Connection lost. Your answer is saved on this device and will sync when you’re back online.");
        }
      } else {
        refusedTextRef.current = draft;
        // Refused code is not sent again until it changes.
        if (codeChanged) serverCodeRef.current = codeJson;
        setSaveState({ kind: "refused", message: messageOf(error) });
      }
    } finally {
      inFlightRef.current = false;
    }
  }, [utils, interviewId, questionId, key, syncToServer]);

  useEffect(() => {
    if (!syncToServer) return;
    const timer = window.setInterval(() => void saveNow(), AUTOSAVE_MS);
    const onOnline = () => void saveNow();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") void saveNow();
    };
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisibility);
      // Moving to another question: the last words go to the server too.
      void saveNow();
    };
  }, [saveNow, syncToServer]);

  const setText = useCallback(
    (value: string) => {
      textRef.current = value;
      refusedTextRef.current = null;
      setTextState(value);
      const stored = writeLocalDraft(key, { text: value, updatedAt: Date.now(), synced: syncToServer && value === serverTextRef.current });
      if (!syncToServer) setSaveState(stored ? { kind: "device" } : { kind: "idle" });
      else setSaveState((current) => (current.kind === "refused" ? { kind: "idle" } : current));
    },
    [key, syncToServer],
  );

  /** While an answer is being submitted, autosave waits (a late save would put the text back as a draft). */
  const pause = useCallback((paused: boolean) => {
    pausedRef.current = paused;
  }, []);

  /** After a submit: the server cleared its draft, and this device's copy has done its job. */
  const markSubmitted = useCallback(() => {
    pausedRef.current = true;
    serverTextRef.current = textRef.current;
    removeLocal(key);
  }, [key]);

  return { text, setText, saveState, announcement, restoredFromDevice: initial.source === "device", prefilled: initial.source === "fallback", pause, markSubmitted, saveNow };
}
