/**
 * Bank follow-ups: hand-written questions an interviewer asks after the main answer, each keyed to
 * the rubric dimension it probes. One schema for the seed test, the admin form and the admin
 * procedures. Client-safe: imports Zod and the rubric vocabulary only.
 */
import { z } from "zod";
import { zSafeLine } from "../safe-string";
import { getRubric } from "./rubrics";
import type { TTrack } from "./tracks";

export const MAX_FOLLOW_UPS = 4;

export const ZFollowUpSchema = z.object({
  // One line: it is shown as a single question and matched back by its text.
  text: zSafeLine()
    .trim()
    .min(10, { error: "Write the follow-up (at least 10 characters)." })
    .max(300, { error: "Keep a follow-up under 300 characters." }),
  dimension: zSafeLine().trim().min(1, { error: "Choose the dimension it probes." }).max(60),
});

/** Zero is allowed (an admin's own question may have none); the seed bank has 2–4 each. */
export const ZFollowUpsSchema = z
  .array(ZFollowUpSchema)
  .max(MAX_FOLLOW_UPS, { error: `At most ${MAX_FOLLOW_UPS} follow-ups.` })
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = normaliseFollowUp(item.text);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "text"], message: "This follow-up is listed twice." });
      seen.add(key);
    });
  });

export type TFollowUp = z.infer<typeof ZFollowUpSchema>;

/** Rubric dimension keys a follow-up of this track may probe. */
export function followUpDimensions(track: TTrack): ReadonlyArray<{ key: string; label: string }> {
  return getRubric(track).dimensions.map(({ key, label }) => ({ key, label }));
}

/**
 * The dimension has to exist in the question's track's rubric, which a plain object schema cannot
 * know (the track is a sibling field, and partial updates may not carry it). Returns the first
 * problem as a field path ("followUps.1.dimension") and message, or null.
 */
export function followUpDimensionProblem(track: TTrack, followUps: readonly TFollowUp[]): { path: string; message: string } | null {
  const keys = new Set(followUpDimensions(track).map((d) => d.key));
  const index = followUps.findIndex((item) => !keys.has(item.dimension));
  if (index < 0) return null;
  return {
    path: `followUps.${index}.dimension`,
    message: `Follow-up ${index + 1}: "${followUps[index]!.dimension}" is not a dimension of this track's rubric (${[...keys].join(", ")}).`,
  };
}

/** Case, spacing and a trailing "?" or "." do not make a different follow-up. */
export function normaliseFollowUp(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ").replace(/[?.!\s]+$/, "");
}

/** The bank follow-up whose text is the one that was asked, if any (generic and AI follow-ups match none). */
export function findBankFollowUp(followUps: readonly TFollowUp[] | null | undefined, asked: string): TFollowUp | undefined {
  const key = normaliseFollowUp(asked);
  return followUps?.find((item) => normaliseFollowUp(item.text) === key);
}
