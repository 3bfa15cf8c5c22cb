import { useTranslations } from "next-intl";
import type { TScore } from "@/server/contracts/vocabulary/score";

/** scoredByLabel in the interface language (components.score.scoredBy). */
export function useScoredByLabel(): (scoredBy: TScore["scoredBy"]) => string {
  const t = useTranslations("components.score");
  return (scoredBy) => t("scoredBy", { provider: scoredBy.provider, model: scoredBy.model });
}

/**
 * Who produced a score, in the candidate's words. Only a score whose provider really is the
 * OpenAI-compatible scorer is called "AI": a built-in score (including an AI fallback) never is.
 */
export function scoredByLabel(scoredBy: TScore["scoredBy"]): string {
  if (scoredBy.provider === "builtin") return "Scored by the built-in analyzer";
  if (scoredBy.provider === "openai") return `Scored by AI (${scoredBy.model})`;
  // A person's review is credited to the team; the server never sends who it was.
  if (scoredBy.provider === "manual") return "Reviewed by the Rehearse team";
  return `Scored by ${scoredBy.provider} (${scoredBy.model})`;
}
