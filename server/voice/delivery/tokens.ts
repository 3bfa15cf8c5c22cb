/** Word tokens of a transcript with their character offsets and the punctuation around them. */

export interface Token {
  /** Lower-case word, apostrophes normalised to ASCII. */
  word: string;
  index: number;
  start: number;
  end: number;
  /** A pause mark (comma, dash, colon, ellipsis) or sentence end sits just before / after this word. */
  pauseBefore: boolean;
  pauseAfter: boolean;
  /** Start of the transcript or of a sentence. */
  sentenceStart: boolean;
  sentenceEnd: boolean;
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*%?/g;
const PAUSE = /[,;:—–()]|\.\.\.|…|\s-\s/;
const STOP = /[.?!]/;

export function tokenize(text: string): Token[] {
  const raw = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  return raw.map((r, index) => {
    const before = text.slice(raw[index - 1]?.end ?? 0, r.start);
    const after = text.slice(r.end, raw[index + 1]?.start ?? text.length);
    const stopBefore = index === 0 || STOP.test(before);
    const stopAfter = index === raw.length - 1 || STOP.test(after);
    return {
      word: r.word.toLowerCase().replace(/’/g, "'"),
      index,
      start: r.start,
      end: r.end,
      pauseBefore: stopBefore || PAUSE.test(before),
      pauseAfter: stopAfter || PAUSE.test(after),
      sentenceStart: stopBefore,
      sentenceEnd: stopAfter,
    };
  });
}
