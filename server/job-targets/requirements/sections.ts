/**
 * Splits a job description into sections by their headings and reads the bullets of each. Headings
 * are recognised by shape (a short line ending in ":", a markdown "#", a short line followed by a
 * list) and classified by wording, in English and Russian; the classification decides whether the
 * section's lines are requirements, responsibilities, nice-to-haves or noise (benefits, about us).
 */
export type TSectionKind = "requirements" | "responsibilities" | "nice_to_have" | "skip" | "intro";

export interface TDescriptionLine {
  text: string;
  section: TSectionKind;
  bullet: boolean;
  index: number;
}

const SECTION_WORDS: ReadonlyArray<readonly [TSectionKind, RegExp]> = [
  ["nice_to_have", /nice to have|bonus|a plus|would be great|great if you|extras?\b|preferred|desirable|будет плюсом|преимуществ|желательно/iu],
  ["skip", /offer|benefit|perks|why (join|us|\w+\s*$)|about (us|the company|the benefits)|our (values|culture|perks)|salary|compensation|how to apply|hiring process|мы предлагаем|условия|о компании|о нас|что мы даем|что мы дадим/iu],
  ["responsibilities", /responsib|what you('| wi)ll (do|be doing)|what you will do|you will:?$|you'll:?$|in this role|your (tasks|role|day|week|mission)|day to day|the role|key duties|duties|what your week|обязанност|чем предстоит|задачи|что (нужно|предстоит) делать|чем (ты будешь|вы будете) заниматься/iu],
  ["requirements", /requirement|qualification|what we('| a)re looking for|what we expect|what you (bring|need|have)|who you are|you (have|bring|should have):?$|your (profile|experience|skills|background)|must have|skills|about you|we('d| would) love|ожидаем|требовани|мы ждем|мы ждём|что нужно|наши ожидания|от вас/iu],
];

const BULLET = /^\s*(?:[-*•·‣▪◦>–—]|\d{1,2}[.)]|[a-z][.)])\s+/u;

export function classifyHeading(text: string): TSectionKind | null {
  const clean = text.replace(/^#+\s*/, "").replace(/[:：]\s*$/, "").trim();
  for (const [kind, pattern] of SECTION_WORDS) if (pattern.test(clean)) return kind;
  return null;
}

function looksLikeHeading(line: string, next: string | undefined): boolean {
  const text = line.trim();
  if (!text || BULLET.test(text)) return false;
  if (/^#{1,6}\s/.test(text)) return true;
  const words = text.split(/\s+/).length;
  if (/[:：]$/.test(text) && words <= 10) return true;
  // A short line that names a known section is a heading even before prose ("About the benefits").
  if (words <= 5 && !/[.!?,]$/.test(text) && classifyHeading(text) !== null) return true;
  // A short line without a full stop, right before a list, is a heading ("Who you are").
  return words <= 8 && !/[.!?]$/.test(text) && next !== undefined && BULLET.test(next);
}

/** An inline "Nice to have: SQL, Docker." line: a heading and its one item on the same line. */
function inlineSection(line: string): { kind: TSectionKind; rest: string } | null {
  const match = /^([^:：]{3,40})[:：]\s+(\S.*)$/u.exec(line.trim());
  if (!match) return null;
  const kind = classifyHeading(match[1]!);
  return kind ? { kind, rest: match[2]! } : null;
}

export function splitDescription(description: string): TDescriptionLine[] {
  const raw = description.replace(/\r\n?/g, "\n").split("\n").map((line) => line.replace(/\t/g, " ").trimEnd());
  const lines = raw.filter((line) => line.trim().length > 0);
  const out: TDescriptionLine[] = [];
  let section: TSectionKind = "intro";
  let listStarted = false;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (looksLikeHeading(line, next)) {
      // An unknown heading ends the previous section: its list is something else (a team, a stack).
      section = classifyHeading(line) ?? "skip";
      listStarted = false;
      return;
    }
    const inline = inlineSection(line);
    if (inline && !BULLET.test(line)) {
      out.push({ text: inline.rest, section: inline.kind, bullet: true, index });
      return;
    }
    const bullet = BULLET.test(line);
    // Prose after a list ends the list: it is a closing remark (benefits, how to apply), not an item.
    if (!bullet && listStarted) section = "skip";
    listStarted ||= bullet;
    out.push({ text: line.replace(BULLET, "").trim(), section, bullet, index });
  });
  return out;
}
