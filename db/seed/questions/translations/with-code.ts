import { codingQuestions } from "../coding";

/** A fenced code block, fence lines included. */
const FENCED_BLOCK = /^```[\w-]*\n[\s\S]*?^```$/gm;
const englishAnswer = new Map(codingQuestions.map((question) => [question.slug, question.sampleAnswer]));

/**
 * Translated coding sample answers: in each prose text (by slug), every line that is exactly "@code"
 * becomes the English answer's next code block, so code stays the bank's code word for word; the code's
 * comments are then translated with `comments` (English comment → translated comment).
 */
export function withCodeBlocks(prose: Record<string, string>, comments: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(prose).map(([slug, text]) => {
      const blocks = englishAnswer.get(slug)?.match(FENCED_BLOCK) ?? [];
      let placed = 0;
      const withCode = text.replace(/^@code$/gm, () => blocks[placed++] ?? "@code");
      if (placed !== blocks.length) throw new Error(`${slug}: the English answer has ${blocks.length} code blocks, the translation places ${placed}.`);
      return [slug, Object.entries(comments).reduce((out, [english, translated]) => out.split(english).join(translated), withCode)];
    }),
  );
}
