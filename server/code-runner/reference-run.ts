import type { TCodeLanguage, TCodingSpec, TRunRequest } from "@/server/contracts/vocabulary/code-shapes";

/**
 * The run that checks a question's reference solution in one language: every example and hidden test,
 * with the question's time limit stretched by `timeFactor` (a reference proves tests and solution agree;
 * a busy machine must not make a correct question look broken).
 */
export function referenceRunRequest(
  spec: Pick<TCodingSpec, "reference" | "functionName" | "style" | "params" | "returns" | "examples" | "hiddenTests" | "timeLimitMs">,
  language: TCodeLanguage,
  timeFactor: number,
): TRunRequest {
  return {
    language,
    code: spec.reference[language],
    functionName: spec.functionName,
    style: spec.style,
    params: spec.params,
    returns: spec.returns,
    tests: [...spec.examples, ...spec.hiddenTests],
    timeLimitMs: spec.timeLimitMs * timeFactor,
  };
}
