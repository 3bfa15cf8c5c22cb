/**
 * The part of a coding question a client may see. Hidden tests and reference solutions stay on the
 * server: every DTO that carries a question's coding part goes through publicCodingSpec.
 */
import type { TCodingSpec, TPublicCodingSpec } from "@/server/contracts/vocabulary/code-shapes";

export function publicCodingSpec(spec: TCodingSpec | null | undefined): TPublicCodingSpec | null {
  if (!spec) return null;
  const { functionName, style, params, returns, signatures, examples, timeLimitMs } = spec;
  return {
    functionName,
    ...(style ? { style } : {}),
    ...(params ? { params } : {}),
    ...(returns ? { returns } : {}),
    signatures: { python: signatures.python, javascript: signatures.javascript },
    examples: examples.map((test) => ({ ...test })),
    timeLimitMs,
  };
}

/** The tests a run uses: the visible examples for "run", all of them for a submitted answer (server side only). */
export function testsFor(spec: TCodingSpec, scope: "examples" | "all") {
  return scope === "examples" ? spec.examples : [...spec.examples, ...spec.hiddenTests];
}
