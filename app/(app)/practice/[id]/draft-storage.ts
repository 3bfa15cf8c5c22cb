/**
 * The answer box's copy on this device. Written on every keystroke, so a reload, a crash or a lost
 * connection loses nothing; the server copy (interviews.saveDraft) follows every few seconds.
 * `synced` says the server has confirmed this exact text: a synced local copy that differs from the
 * server's was overtaken elsewhere, an unsynced one holds words the server never saw.
 */
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";

export type TDraftKind = TAnswerKind;

export interface TLocalDraft {
  text: string;
  updatedAt: number;
  synced: boolean;
}

const PREFIX = "rehearse:v1";

/** `scope` separates drafts of the same kind, e.g. answers to two different follow-up questions. */
export function draftKey(interviewId: string, questionId: string, kind: TDraftKind, scope = ""): string {
  return `${PREFIX}:draft:${interviewId}:${questionId}:${kind}${scope ? `:${scope}` : ""}`;
}

export function timerKey(interviewId: string, questionId: string, kind: TDraftKind, attempt: number, scope = ""): string {
  return `${PREFIX}:timer:${interviewId}:${questionId}:${kind}${scope ? `:${scope}` : ""}:${attempt}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled (some private modes)
  }
}

export function readLocalDraft(key: string): TLocalDraft | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<TLocalDraft>;
    if (typeof value.text !== "string") return null;
    return { text: value.text, updatedAt: typeof value.updatedAt === "number" ? value.updatedAt : 0, synced: value.synced === true };
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or disabled). */
export function writeLocalDraft(key: string, draft: TLocalDraft): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeLocal(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to do: the entry is only a safety copy
  }
}

export function readNumber(key: string): number {
  try {
    const value = Number(storage()?.getItem(key));
    return Number.isFinite(value) && value > 0 ? value : 0;
  } catch {
    return 0;
  }
}

export function writeNumber(key: string, value: number): void {
  try {
    storage()?.setItem(key, String(value));
  } catch {
    // the timer is a convenience; losing it is harmless
  }
}

/** Removes this interview's safety copies that the server already holds (or that are empty). */
export function pruneInterview(interviewId: string): void {
  const store = storage();
  if (!store) return;
  try {
    const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter(
      (key): key is string => key !== null && key.startsWith(PREFIX) && key.includes(`:${interviewId}:`),
    );
    for (const key of keys) {
      if (key.includes(":timer:")) store.removeItem(key);
      const draft = readLocalDraft(key);
      if (draft && (draft.synced || draft.text.trim() === "")) store.removeItem(key);
    }
  } catch {
    // best effort
  }
}

export interface TInitialDraft {
  text: string;
  /** "device": unsynced words from this browser won over the server copy. */
  source: "server" | "device" | "fallback";
}

/**
 * Which text the answer box starts with: the newer of the server draft and this device's copy.
 * The server keeps no timestamp the page can see, so "newer" is read from `synced`: an unsynced
 * local copy has words the server never got (it is newer); a synced one that differs from a
 * non-empty server draft was replaced on another device (the server's is newer). When in doubt the
 * text with words wins over an empty one. A copy equal to an answer already submitted is stale.
 * With nothing to restore, `fallbackText` (the previous attempt, on a retry) is used.
 */
export function chooseInitialDraft(input: {
  local: TLocalDraft | null;
  serverDraft: string;
  submittedTexts: ReadonlySet<string>;
  fallbackText?: string;
}): TInitialDraft {
  const { local, serverDraft, submittedTexts, fallbackText = "" } = input;
  const submitted = (text: string) => submittedTexts.has(text.trim());
  const server = submitted(serverDraft) ? "" : serverDraft;
  let chosen: TInitialDraft = { text: server, source: "server" };
  const localWins = local !== null && local.text.trim() !== "" && local.text !== serverDraft && !submitted(local.text) && (!local.synced || server.trim() === "");
  if (localWins) {
    chosen = { text: local.text, source: "device" };
  }
  if (chosen.text === "" && fallbackText) return { text: fallbackText, source: "fallback" };
  return chosen;
}
