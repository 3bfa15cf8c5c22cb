"use client";

import { skipToken } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api } from "@/app/_trpc/client";
import { ZRecordingResponseSchema, type TRecording } from "@/server/contracts/voice";

/** Long-poll wait of the REST fallback (at most MAX_RECORDING_WAIT_SECONDS). */
const FALLBACK_WAIT_SECONDS = 25;

/**
 * A recording kept current by push: the voice.onRecording subscription (server-sent events) while it
 * is transcribing; should the stream fail, the REST long-poll (GET /api/v1/recordings/{id}?wait=…)
 * takes over, as use-answer-status.ts does for scores.
 */
export function useRecordingStatus(initial: TRecording) {
  const [recording, setRecording] = useState(initial);
  const [streamFailed, setStreamFailed] = useState(false);
  const [connectionTrouble, setConnectionTrouble] = useState(false);
  const transcribing = recording.status === "transcribing";

  api.voice.onRecording.useSubscription(transcribing && !streamFailed ? { id: recording.id } : skipToken, {
    onData: (event) => {
      setConnectionTrouble(false);
      setRecording(event.data.recording);
    },
    onError: () => setStreamFailed(true),
  });

  useEffect(() => {
    if (!transcribing || !streamFailed) return;
    const controller = new AbortController();
    void (async () => {
      while (!controller.signal.aborted) {
        try {
          const response = await fetch(`/api/v1/recordings/${encodeURIComponent(recording.id)}?wait=${FALLBACK_WAIT_SECONDS}`, { credentials: "same-origin", signal: controller.signal });
          const parsed = ZRecordingResponseSchema.safeParse(await response.json());
          if (!parsed.success) throw new Error(`status ${response.status}`);
          setConnectionTrouble(false);
          if (parsed.data.recording.status !== "transcribing") {
            setRecording(parsed.data.recording);
            return;
          }
        } catch {
          if (controller.signal.aborted) return;
          setConnectionTrouble(true);
          await new Promise((resolve) => window.setTimeout(resolve, 3000));
        }
      }
    })();
    return () => controller.abort();
  }, [transcribing, streamFailed, recording.id]);

  return { recording, setRecording, connectionTrouble };
}
