"use client";

import { useCallback, useMemo, useState } from "react";
import type { TCodeLanguage, TDraftCodeView, TPublicCodingSpec } from "@/server/contracts/code";
import { readLocalDraft, removeLocal, writeLocalDraft } from "./draft-storage";

export interface TCodingInput {
  spec: TPublicCodingSpec;
  /** The server's autosaved editor (interview questions[].draftCode). */
  serverDraft: TDraftCodeView | null;
  /** On a retry, the editor starts from the previous attempt's code. */
  previous?: { code: string; language: TCodeLanguage } | null;
}

const LANGUAGES: TCodeLanguage[] = ["python", "javascript"];

/** This device's copy, stored as a local draft whose text is the JSON of the editor. */
function readLocalCode(key: string): unknown {
  try {
    const text = readLocalDraft(key)?.text;
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function isDraftCode(value: unknown): value is TDraftCodeView {
  const draft = value as TDraftCodeView | null;
  return Boolean(draft && LANGUAGES.includes(draft.language) && draft.sources && typeof draft.sources === "object");
}

/**
 * Which code the editor starts with: this device's copy (written on every keystroke) over the server's
 * autosave, then the previous attempt on a retry, then the question's starting code. Each language keeps
 * its own code, so switching languages and back loses nothing.
 */
export function initialCodeDraft(local: unknown, input: TCodingInput): TDraftCodeView {
  const base: TDraftCodeView = { language: input.previous?.language ?? "python", sources: { ...input.spec.signatures } };
  if (input.previous) base.sources[input.previous.language] = input.previous.code;
  const saved = isDraftCode(local) ? local : input.serverDraft;
  if (!saved) return base;
  return { language: saved.language, sources: { ...base.sources, ...saved.sources } };
}

/** The editor's language and code per language, kept on this device as they change. */
export function useCodeDraft(storageKey: string, input: TCodingInput | undefined) {
  const [draft, setDraft] = useState<TDraftCodeView | null>(() => (input ? initialCodeDraft(readLocalCode(storageKey), input) : null));

  const update = useCallback(
    (next: TDraftCodeView) => {
      setDraft(next);
      writeLocalDraft(storageKey, { text: JSON.stringify(next), updatedAt: Date.now(), synced: false });
    },
    [storageKey],
  );

  const setLanguage = useCallback((language: TCodeLanguage) => draft && update({ ...draft, language }), [draft, update]);
  const setCode = useCallback((code: string) => draft && update({ ...draft, sources: { ...draft.sources, [draft.language]: code } }), [draft, update]);
  const clear = useCallback(() => removeLocal(storageKey), [storageKey]);
  const code = draft ? (draft.sources[draft.language] ?? "") : "";
  const language = draft?.language ?? "python";
  /** The editor as the server keeps it (sent with the text draft by useDraft); compared as a string to see a change. */
  const serverCopy = useMemo(() => (draft ? JSON.stringify(draft) : ""), [draft]);
  const [initialCopy] = useState(serverCopy);
  const sync = useMemo(
    () => (input ? { current: serverCopy, server: input.serverDraft ? JSON.stringify(input.serverDraft) : initialCopy } : undefined),
    [input, serverCopy, initialCopy],
  );
  /** The code part of a submit; null while the editor holds nothing but the starting code. */
  const submission = () => (input && code.trim() !== "" && code.trim() !== input.spec.signatures[language].trim() ? { code, language } : null);

  return { draft, code, language, setLanguage, setCode, clear, sync, submission };
}
