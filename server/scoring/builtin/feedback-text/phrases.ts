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

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c" with the language's last joint (" and ", " и "). */
export function joinList(items: readonly string[], lastJoint: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")}${lastJoint}${items[items.length - 1]}`;
}

/** How a language says the phrases built around a framework's name or the question's key points. */
export type TPatternWords = {
  namedFramework: string;
  withFramework: (name: string) => string;
  useFramework: (examples: string) => string;
  cover: (keyPoints: readonly string[]) => string;
  /** The recipes' example lists ("CIRCLES, RICE, a funnel"), where a word in them is English. */
  frameworkExamples: Readonly<Record<string, string>>;
  /**
   * The frameworks an interviewer in this language names in their own words ("root-cause analysis"),
   * by frameworkKey; a framework not listed keeps its English name, written the usual way.
   */
  frameworkNames: Readonly<Record<string, string>>;
};

/**
 * A framework as the analyzer found it in the answer ("north star", "5 whys", "Root-cause analysis")
 * reduced to one spelling: lower case, single spaces, digits as words, "metric" and "vs." dropped.
 */
export function frameworkKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\//g, " vs ")
    .replace(/[-\s]+/g, " ")
    .replace(/\bvs\.?|\bversus\b|\band\b/g, "vs")
    .replace(/^5 /, "five ")
    .replace(/ metrics?$/, (m) => (name.toLowerCase().startsWith("pirate") ? m : ""))
    .replace(/\s+/g, " ")
    .trim();
}

/** How a framework kept in English is written, by frameworkKey (acronyms are found as written). */
const ENGLISH_FRAMEWORK_NAMES: Readonly<Record<string, string>> = {
  moscow: "MoSCoW",
  kano: "Kano",
  "north star": "North Star",
  eisenhower: "Eisenhower",
  "big o": "Big-O",
  "five whys": "5 Whys",
  "jobs to be done": "JTBD",
  "pirate metrics": "AARRR",
  okr: "OKR",
  okrs: "OKR",
};

/** The framework's name in the reader's language, or its usual English spelling. */
function localFrameworkName(words: TPatternWords, found: string): string {
  const key = frameworkKey(found);
  return words.frameworkNames[key] ?? ENGLISH_FRAMEWORK_NAMES[key] ?? found;
}

/** The signals' phrases with a slot (components-general.ts: framework, keyPoints), in one language. */
export function slotPatterns(words: TPatternWords): TPhrasePattern[] {
  return [
    [/^organises the answer with a named framework$/, () => words.namedFramework],
    [/^organises the answer with (.+)$/, (m) => words.withFramework(localFrameworkName(words, m[1] ?? ""))],
    [/^use a named framework where it helps \((.+)\)$/, (m) => words.useFramework(words.frameworkExamples[m[1] ?? ""] ?? m[1] ?? "")],
    [/^cover (".+")$/, (m) => words.cover(quotedItems(m[1] ?? ""))],
  ];
}

/** "(1) a; (2) b": key points as a sample answer lists them. */
export function numbered(points: readonly string[]): string {
  return points.map((point, index) => `(${index + 1}) ${point}`).join("; ");
}

/**
 * A "partly there" comment: what went well (one of three wordings, by the dimension's position, so
 * neighbouring comments do not read alike), then what to do next; each with the language's fallback.
 */
export function partlyComment(
  wording: { found: readonly string[]; next: readonly string[]; noFound: string; noGap: string },
  found: string | null,
  gap: string | null,
  variant: number,
): string {
  const first = found ? (wording.found[variant % wording.found.length] ?? "").replace("{found}", found) : wording.noFound;
  return `${first} ${(wording.next[variant % wording.next.length] ?? "").replace("{gap}", gap ?? wording.noGap)}`;
}
