/**
 * Evidence: up to three short quotes, copied verbatim from the answer, that a dimension's score
 * rests on. Quotes come from the neutralised answer, so injected text is never quoted back.
 */
import type { TComponent } from "@/server/scoring/builtin/components";
import type { TSentence } from "@/server/scoring/builtin/text";
import { MAX_EVIDENCE_CHARS, MAX_EVIDENCE_QUOTES } from "@/server/contracts/vocabulary/score";

type TWeighted = { weight: number; component: TComponent };

/**
 * A verbatim quote of at most MAX_EVIDENCE_CHARS: the whole sentence when it fits, else its first
 * clause that ends at a sentence or clause boundary, else cut at a word and closed with an ellipsis,
 * so a quote never stops mid-thought without saying so.
 */
export function quote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_EVIDENCE_CHARS) return trimmed;
  const room = trimmed.slice(0, MAX_EVIDENCE_CHARS - 1);
  const lastSpace = room.lastIndexOf(" ");
  const cut = (lastSpace > 40 ? room.slice(0, lastSpace) : room).replace(/[\s,;:(\u2014-]+$/u, "");
  return `${cut}…`;
}

/**
 * Weak evidence (a sentence that is merely on topic) is quoted only for a dimension that scored
 * well without specific markers; a low score rests on what is missing, which a quote cannot show.
 */
export function pickEvidence(sentences: readonly TSentence[], parts: readonly TWeighted[], allowWeak: boolean): string[] {
  const strong = rankSentences(parts.filter((p) => !p.component.weakEvidence));
  const ranked = strong.length > 0 || !allowWeak ? strong : rankSentences(parts);
  const chosen = ranked.slice(0, MAX_EVIDENCE_QUOTES).sort((a, b) => a - b);
  const quotes = chosen.flatMap((index) => {
    const sentence = sentences[index];
    return sentence ? [quote(sentence.text)] : [];
  });
  return [...new Set(quotes)].filter((q) => q.length > 0);
}

/** Sentence indices ordered by how much of the dimension's credit they carry. */
function rankSentences(parts: readonly TWeighted[]): number[] {
  const weightBySentence = new Map<number, number>();
  for (const { weight, component } of parts) {
    // A component too weak to be named as a strength is not quoted: its gap may be named in the comment.
    if (component.value < 0.3) continue;
    for (const index of component.evidence) {
      weightBySentence.set(index, (weightBySentence.get(index) ?? 0) + weight * component.value);
    }
  }
  return [...weightBySentence].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([index]) => index);
}
