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
 * The sentences (by index) a dimension's evidence quotes, in answer order. Weak evidence (a sentence
 * that is merely on topic) is quoted only for a dimension that scored well without specific markers;
 * a low score rests on what is missing, which a quote cannot show.
 */
export function pickEvidence(parts: readonly TWeighted[], allowWeak: boolean): number[] {
  const strong = rankSentences(parts.filter((p) => !p.component.weakEvidence));
  const ranked = strong.length > 0 || !allowWeak ? strong : rankSentences(parts);
  return ranked.slice(0, MAX_EVIDENCE_QUOTES).sort((a, b) => a - b);
}

/** A list marker ("- ", "2. ") belongs to the layout, not to what the candidate said. */
const LIST_MARKER = /^(?:[-*+\u2022]|\d{1,2}[.)])\s+/u;

/** The quotes for picked sentences: verbatim, without list markers, each once. */
export function quotesFor(sentences: readonly TSentence[], indices: readonly number[]): string[] {
  const quotes = indices.flatMap((index) => {
    const sentence = sentences[index];
    return sentence ? [quote(sentence.text.trim().replace(LIST_MARKER, ""))] : [];
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
