/**
 * A failed recording's stored English reason gets a stable code (REST's failureCode), and the web app
 * has words for every code in every language, so a Russian or Korean candidate never reads the
 * stored English sentence.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/server/contracts/vocabulary/languages";
import { RECORDING_FAILURE_CODES } from "@/server/contracts/voice";
import { engineFailureReason, FAILURE_REASONS, failureCodeOf } from "./failure-reasons";

describe("failureCodeOf", () => {
  it("names each stored reason by its code, an engine's own words as engine, and no reason as null", () => {
    for (const [code, reason] of Object.entries(FAILURE_REASONS)) expect(failureCodeOf(reason)).toBe(code);
    expect(failureCodeOf(engineFailureReason("The transcription service could not read this audio (HTTP 400)."))).toBe("engine");
    expect(failureCodeOf(null)).toBeNull();
    expect([...Object.keys(FAILURE_REASONS), "engine"].sort()).toEqual([...RECORDING_FAILURE_CODES].sort());
  });

  it("has the candidate's words for every code in every language, none of them English outside en", () => {
    const english = readCatalog("en");
    for (const language of LANGUAGES) {
      const failure = readCatalog(language);
      for (const code of RECORDING_FAILURE_CODES) {
        expect(failure[code], `${language} ${code}`).toMatch(/\S/);
        if (language !== "en") expect(failure[code]).not.toBe(english[code]);
      }
    }
  });
});

function readCatalog(language: string): Record<string, string> {
  const file = path.join(process.cwd(), "server/i18n/messages", language, "voice.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { review: { failure: Record<string, string> } }).review.failure;
}
