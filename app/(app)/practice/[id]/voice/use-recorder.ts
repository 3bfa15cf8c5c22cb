"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { levelOfFrame } from "./level";
import { pickRecorderMimeType, problemOfMediaError, type TRecordingProblem } from "./voice-support";

export type TRecorderStatus = "idle" | "requesting" | "recording" | "paused" | "stopped";

/** A finished take: the browser's own format (webm/ogg/mp4), converted to WAV only on upload. */
export interface TTake {
  blob: Blob;
  /** Object URL for <audio>; revoked when the take is discarded. */
  url: string;
  durationSec: number | null;
  source: "recording" | "file";
  name?: string;
}

/** How often the level and the timer update the page (the analyser itself runs every frame). */
const TICK_MS = 100;

interface TLive {
  stream: MediaStream;
  recorder: MediaRecorder;
  context: AudioContext | null;
  ticker: number;
}

/**
 * MediaRecorder with a level meter (AnalyserNode) and a timer that leaves out paused time. The
 * microphone is asked for only on start (after the consent line) and released on stop and unmount.
 */
export function useRecorder() {
  const [status, setStatus] = useState<TRecorderStatus>("idle");
  const [problem, setProblem] = useState<TRecordingProblem | null>(null);
  const [take, setTake] = useState<TTake | null>(null);
  const [elapsedMs, setElapsedMs] = useState(0);
  const [level, setLevel] = useState(0);
  const live = useRef<TLive | null>(null);
  const clock = useRef({ accumulated: 0, since: null as number | null });

  const elapsedNow = () => clock.current.accumulated + (clock.current.since === null ? 0 : performance.now() - clock.current.since);

  const release = useCallback(() => {
    const current = live.current;
    if (!current) return;
    live.current = null;
    window.clearInterval(current.ticker);
    current.stream.getTracks().forEach((track) => track.stop());
    void current.context?.close().catch(() => undefined);
    setLevel(0);
  }, []);

  // The effect below revokes the discarded take's object URL.
  const discard = useCallback(() => setTake(null), []);

  const start = useCallback(async () => {
    if (live.current) return;
    discard();
    setProblem(null);
    setStatus("requesting");
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    } catch (error) {
      setProblem(problemOfMediaError(error));
      setStatus("idle");
      return;
    }
    const mimeType = pickRecorderMimeType((type) => MediaRecorder.isTypeSupported(type));
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    } catch {
      stream.getTracks().forEach((track) => track.stop());
      setProblem("failed");
      setStatus("idle");
      return;
    }
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = () => {
      const blob = new Blob(chunks, { type: recorder.mimeType || mimeType || "audio/webm" });
      const durationSec = elapsedNow() / 1000;
      release();
      if (blob.size === 0) {
        setProblem("failed");
        setStatus("idle");
        return;
      }
      setTake({ blob, url: URL.createObjectURL(blob), durationSec, source: "recording" });
      setStatus("stopped");
    };
    recorder.onerror = () => {
      release();
      setProblem("failed");
      setStatus("idle");
    };

    // The meter: an analyser on the microphone, never connected to the speakers (no echo).
    let context: AudioContext | null = null;
    let analyser: AnalyserNode | null = null;
    try {
      context = new AudioContext();
      analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      context.createMediaStreamSource(stream).connect(analyser);
    } catch {
      context = null; // no meter, the recording still works
    }
    const frame = new Float32Array(analyser?.fftSize ?? 0);
    const ticker = window.setInterval(() => {
      setElapsedMs(elapsedNow());
      if (analyser && recorder.state === "recording") {
        analyser.getFloatTimeDomainData(frame);
        setLevel(levelOfFrame(frame));
      } else setLevel(0);
    }, TICK_MS);
    live.current = { stream, recorder, context, ticker };
    clock.current = { accumulated: 0, since: performance.now() };
    setElapsedMs(0);
    recorder.start(1000);
    setStatus("recording");
  }, [discard, release]);

  const pause = useCallback(() => {
    const recorder = live.current?.recorder;
    if (recorder?.state !== "recording") return;
    recorder.pause();
    clock.current = { accumulated: elapsedNow(), since: null };
    setElapsedMs(clock.current.accumulated);
    setStatus("paused");
  }, []);

  const resume = useCallback(() => {
    const recorder = live.current?.recorder;
    if (recorder?.state !== "paused") return;
    recorder.resume();
    clock.current = { ...clock.current, since: performance.now() };
    setStatus("recording");
  }, []);

  const stop = useCallback(() => {
    const recorder = live.current?.recorder;
    if (!recorder || recorder.state === "inactive") return;
    clock.current = { accumulated: elapsedNow(), since: null };
    setElapsedMs(clock.current.accumulated);
    recorder.stop(); // onstop builds the take
  }, []);

  /** A picked file stands in for a recording (its duration is read by the <audio> element, or on conversion). */
  const takeFile = useCallback(
    (file: File) => {
      discard();
      setProblem(null);
      setElapsedMs(0);
      setTake({ blob: file, url: URL.createObjectURL(file), durationSec: null, source: "file", name: file.name });
      setStatus("stopped");
    },
    [discard],
  );

  const reset = useCallback(() => {
    if (live.current) {
      live.current.recorder.onstop = null;
      if (live.current.recorder.state !== "inactive") live.current.recorder.stop();
      release();
    }
    discard();
    setElapsedMs(0);
    setStatus("idle");
  }, [discard, release]);

  // Leaving the page (or switching to typing) stops the microphone and frees the take.
  useEffect(
    () => () => {
      if (live.current) {
        live.current.recorder.onstop = null;
        if (live.current.recorder.state !== "inactive") live.current.recorder.stop();
        release();
      }
    },
    [release],
  );
  useEffect(() => () => {
    if (take) URL.revokeObjectURL(take.url);
  }, [take]);

  return { status, problem, take, elapsedSec: elapsedMs / 1000, level, start, pause, resume, stop, takeFile, reset };
}
