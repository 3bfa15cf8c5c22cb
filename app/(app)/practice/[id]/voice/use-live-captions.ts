"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * The browser's live captions (Web Speech API) while recording: a draft transcript, shown as such and
 * saved beside the recording (voice.saveBrowserTranscript). Chromium sends the audio to its vendor's
 * service and Firefox has no implementation, so the captions are a bonus: without them nothing changes.
 * The API is not in TypeScript's DOM library, hence the small local types.
 */
interface TSpeechAlternative {
  transcript: string;
}
interface TSpeechResult {
  isFinal: boolean;
  0: TSpeechAlternative;
}
interface TSpeechEvent {
  resultIndex: number;
  results: ArrayLike<TSpeechResult>;
}
interface TSpeechRecognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: TSpeechEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type TSpeechRecognitionCtor = new () => TSpeechRecognition;

function recognitionClass(): TSpeechRecognitionCtor | null {
  if (typeof window === "undefined") return null;
  const scope = window as unknown as { SpeechRecognition?: TSpeechRecognitionCtor; webkitSpeechRecognition?: TSpeechRecognitionCtor };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

/** The recognisers want a full tag; the interface's languages map to their main region. */
const SPEECH_LANGS: Record<string, string> = { en: "en-US", ru: "ru-RU", ko: "ko-KR" };

export type TCaptionsState = "unsupported" | "off" | "listening" | "unavailable";

/** `active`: recording (not paused). Final phrases are kept across pauses; `text` includes the phrase being heard. */
export function useLiveCaptions(active: boolean, locale: string) {
  const [supported] = useState(() => recognitionClass() !== null);
  const [finalText, setFinalText] = useState("");
  const [interim, setInterim] = useState("");
  const [unavailable, setUnavailable] = useState(false);
  const recognition = useRef<TSpeechRecognition | null>(null);
  const wanted = useRef(false);

  useEffect(() => {
    const Recognition = recognitionClass();
    wanted.current = active && !unavailable;
    if (!Recognition || !wanted.current) return;
    const instance = new Recognition();
    instance.lang = SPEECH_LANGS[locale] ?? locale;
    instance.continuous = true;
    instance.interimResults = true;
    instance.onresult = (event) => {
      let heard = "";
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        if (!result) continue;
        const words = result[0].transcript.trim();
        if (result.isFinal) setFinalText((text) => (text ? `${text} ${words}` : words).trim());
        else heard = `${heard} ${words}`.trim();
      }
      setInterim(heard);
    };
    // "not-allowed", "network" (offline, or the service unreachable), "service-not-allowed": stop trying.
    instance.onerror = (event) => {
      if (event.error !== "no-speech" && event.error !== "aborted") setUnavailable(true);
    };
    // Recognisers end on their own after a silence: start again while still recording.
    instance.onend = () => {
      setInterim("");
      if (wanted.current && recognition.current === instance) {
        try {
          instance.start();
        } catch {
          setUnavailable(true);
        }
      }
    };
    recognition.current = instance;
    // start() throws when another recogniser runs: report it from a task, not from the effect body.
    const starter = window.setTimeout(() => {
      try {
        instance.start();
      } catch {
        setUnavailable(true);
      }
    }, 0);
    return () => {
      window.clearTimeout(starter);
      recognition.current = null;
      instance.onend = null;
      instance.stop(); // not abort: the phrase being heard still arrives as a final result
    };
  }, [active, locale, unavailable]);

  const reset = useCallback(() => {
    setFinalText("");
    setInterim("");
  }, []);

  const state: TCaptionsState = !supported ? "unsupported" : unavailable ? "unavailable" : active ? "listening" : "off";
  return { state, text: `${finalText} ${interim}`.trim(), finalText, reset };
}
