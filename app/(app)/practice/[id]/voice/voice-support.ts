/**
 * Can this browser record here, and if not, why (said on the page; the text answer stays). Pure
 * functions over what the browser exposes, so they are tested without one.
 */

/** Why recording is impossible, or failed: each has its own sentence in the voice catalog (voice.problems.*). */
export const RECORDING_PROBLEMS = ["insecure", "no_media_devices", "no_media_recorder", "denied", "no_microphone", "busy", "failed"] as const;
export type TRecordingProblem = (typeof RECORDING_PROBLEMS)[number];

export interface TBrowserAbilities {
  isSecureContext: boolean;
  hasGetUserMedia: boolean;
  hasMediaRecorder: boolean;
}

/** null when recording can be tried (the microphone may still be refused: see problemOfMediaError). */
export function recordingProblem(abilities: TBrowserAbilities): TRecordingProblem | null {
  // getUserMedia exists only in secure contexts, so the insecure page gets the reason that helps.
  if (!abilities.isSecureContext) return "insecure";
  if (!abilities.hasGetUserMedia) return "no_media_devices";
  if (!abilities.hasMediaRecorder) return "no_media_recorder";
  return null;
}

export function browserAbilities(): TBrowserAbilities {
  if (typeof window === "undefined") return { isSecureContext: false, hasGetUserMedia: false, hasMediaRecorder: false };
  return {
    isSecureContext: window.isSecureContext,
    hasGetUserMedia: typeof navigator.mediaDevices?.getUserMedia === "function",
    hasMediaRecorder: typeof window.MediaRecorder === "function",
  };
}

/** getUserMedia's DOMException names → what the candidate can do about it. */
export function problemOfMediaError(error: unknown): TRecordingProblem {
  const name = error instanceof Error || (typeof error === "object" && error !== null && "name" in error) ? String((error as { name: unknown }).name) : "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") return "no_microphone";
  if (name === "NotReadableError" || name === "AbortError" || name === "TrackStartError") return "busy";
  return "failed";
}

/**
 * The recording format, in order of preference: opus in webm (Chromium, Firefox) or ogg (Firefox),
 * then mp4 (Safari). The upload is WAV either way (to-wav.ts); this is only what MediaRecorder writes.
 * "" lets the browser choose.
 */
const PREFERRED_MIME_TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/ogg", "audio/mp4"] as const;

export function pickRecorderMimeType(isTypeSupported: (type: string) => boolean): string {
  return PREFERRED_MIME_TYPES.find((type) => {
    try {
      return isTypeSupported(type);
    } catch {
      return false;
    }
  }) ?? "";
}
