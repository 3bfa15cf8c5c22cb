/**
 * Translating the phrases the signals write (in English, server/scoring/builtin/components*.ts):
 * exact phrases from a table, a few built around a name or a list by pattern. A phrase with no
 * translation stays English, which the language tests catch.
 */

export type TPhrasePattern = readonly [pattern: RegExp, write: (match: RegExpExecArray) => string];

export function phraseTranslator(table: Readonly<Record<string, string>>, patterns: readonly TPhrasePattern[]): (english: string) => string {
  return (english) => {
    const exact = table[english];
    if (exact !== undefined) return exact;
    for (const [pattern, write] of patterns) {
      const match = pattern.exec(english);
      if (match) return write(match);
    }
    return english;
  };
}

/** The quoted items of `cover "a" and "b"` (key points, as the question bank wrote them). */
export function quotedItems(list: string): string[] {
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "").filter((item) => item.length > 0);
}
