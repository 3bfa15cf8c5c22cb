import { describe, expect, it } from "vitest";
import { pickRecorderMimeType, problemOfMediaError, recordingProblem } from "./voice-support";

describe("recordingProblem", () => {
  const all = { isSecureContext: true, hasGetUserMedia: true, hasMediaRecorder: true };
  it("is null when the browser can record", () => expect(recordingProblem(all)).toBeNull());
  it("names the insecure page first (browsers hide the microphone there)", () =>
    expect(recordingProblem({ isSecureContext: false, hasGetUserMedia: false, hasMediaRecorder: true })).toBe("insecure"));
  it("names a missing microphone API", () => expect(recordingProblem({ ...all, hasGetUserMedia: false })).toBe("no_media_devices"));
  it("names a missing MediaRecorder", () => expect(recordingProblem({ ...all, hasMediaRecorder: false })).toBe("no_media_recorder"));
});

describe("problemOfMediaError", () => {
  const domError = (name: string) => Object.assign(new Error(name), { name });
  it.each([
    ["NotAllowedError", "denied"],
    ["SecurityError", "denied"],
    ["NotFoundError", "no_microphone"],
    ["NotReadableError", "busy"],
    ["TypeError", "failed"],
  ] as const)("%s → %s", (name, problem) => expect(problemOfMediaError(domError(name))).toBe(problem));
  it("reads plain objects with a name (some browsers' errors are not Error instances)", () => expect(problemOfMediaError({ name: "NotAllowedError" })).toBe("denied"));
  it("treats anything else as a failure", () => expect(problemOfMediaError("boom")).toBe("failed"));
});

describe("pickRecorderMimeType", () => {
  it("prefers opus in webm (Chromium)", () => expect(pickRecorderMimeType(() => true)).toBe("audio/webm;codecs=opus"));
  it("takes ogg when webm is not supported (older Firefox)", () => expect(pickRecorderMimeType((type) => type.startsWith("audio/ogg"))).toBe("audio/ogg;codecs=opus"));
  it("falls back to mp4 (Safari)", () => expect(pickRecorderMimeType((type) => type === "audio/mp4")).toBe("audio/mp4"));
  it("lets the browser choose when nothing is known or the check throws", () => {
    expect(pickRecorderMimeType(() => false)).toBe("");
    expect(pickRecorderMimeType(() => {
      throw new Error("no");
    })).toBe("");
  });
});
