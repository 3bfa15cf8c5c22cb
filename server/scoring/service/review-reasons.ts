import type { TScoreFlag } from "@/server/contracts/vocabulary/score";

/** Score flags that put an answer in the admins' review queue (the score still shows, marked). */
const REVIEW_FLAGS: ReadonlySet<TScoreFlag> = new Set<TScoreFlag>(["possible_prompt_injection", "ai_fallback", "inconsistent"]);

/**
 * The answer's review reasons for a stored score. A provisional score's "ai_fallback" is left out:
 * the re-grade job decides it, and only a fallback that stays (the provider never came back, or
 * the model's output was unusable) goes to the admins.
 */
export function reviewReasons(flags: readonly TScoreFlag[], options: { provisional?: boolean; extra?: readonly string[] } = {}): string[] {
  const fromFlags = flags.filter((flag) => REVIEW_FLAGS.has(flag) && !(options.provisional && flag === "ai_fallback"));
  return [...new Set<string>([...fromFlags, ...(options.extra ?? [])])];
}
