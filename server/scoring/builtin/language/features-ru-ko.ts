/**
 * Russian and Korean counterparts of the English word-form features (first person, past tense,
 * own actions, number words). Tokens come from the shared tokenizer, so Korean particles and
 * endings are already separate tokens ("제가", "저" + "는", "구현" + "했습니다").
 */

const RU_FIRST_SINGULAR = new Set("я меня мне мной мой моя моё мое мои моих моим моей моему".split(" "));
const RU_FIRST_PLURAL = new Set("мы нас нам нами наш наша наше наши наших нашей нашим нашему".split(" "));
const KO_FIRST_SINGULAR = new Set("저 제 제가 나 내 내가 저의 나의".split(" "));
const KO_FIRST_PLURAL = new Set("우리 저희 우리가 저희가".split(" "));

export const RU_KO_NUMBER_WORDS: ReadonlySet<string> = new Set(
  `два две три четыре пять шесть семь восемь девять десять двадцать тридцать сорок пятьдесят сто тысяча тысячи тысяч
  миллион миллиона миллионов половина половину вдвое втрое вдвое
  둘 셋 넷 두 세 네 다섯 여섯 열 스무 백 천 만 억 절반 두배 세배`.split(/\s+/),
);

const CYRILLIC_WORD = /^[\u0400-\u04FF]+$/u;
/** Russian past-tense verb forms: "сделал", "предложила", "обсудили", "договорились". */
const RU_PAST = /(?:[аяиеуыо]л|[аяиеуыо]л[аои]|[аяиеуыо]лся|[аяиеуыо]лась|[аяиеуыо]лись)$/u;
/** Korean past-tense markers inside an ending token ("했습니다", "었고", "됐다"). */
const KO_PAST = /[었았했였됐웠켰]/u;

/** Cyrillic or Hangul: text these features (and the lexicons' Russian and Korean phrases) apply to. */
export const RU_KO_SCRIPT = /[\u0400-\u04FF\uAC00-\uD7AF]/u;

export type TRuKoForms = { firstPersonSingular: number; firstPersonPlural: number; pastTense: number; tokens: number };
export const NO_RU_KO_FORMS: TRuKoForms = { firstPersonSingular: 0, firstPersonPlural: 0, pastTense: 0, tokens: 0 };

/** First person, past tense and the number of Russian or Korean tokens, added to the English counts. */
export function ruKoWordForms(countable: readonly string[], prose: readonly string[]): TRuKoForms {
  return {
    firstPersonSingular: countable.filter((t) => RU_FIRST_SINGULAR.has(t) || KO_FIRST_SINGULAR.has(t)).length,
    firstPersonPlural: countable.filter((t) => RU_FIRST_PLURAL.has(t) || KO_FIRST_PLURAL.has(t)).length,
    pastTense: countable.filter((t) => (t.length >= 4 && CYRILLIC_WORD.test(t) && RU_PAST.test(t)) || (/^[\uAC00-\uD7AF]+$/u.test(t) && KO_PAST.test(t))).length,
    tokens: prose.filter((t) => RU_KO_SCRIPT.test(t)).length,
  };
}

/**
 * Own actions: "я предложил", "я сам написал"; in Korean the subject is usually dropped, so a
 * past-tense verb in a sentence that does not speak for the team ("우리", "저희", "팀") counts.
 */
const RU_PERSONAL_ACTION = /(?<![\p{L}])я\s+(?:(?:сам|сама|сразу|потом|затем|тогда|также|лично|первым делом|не стал|не)\s+)?\p{L}+(?:ал|ял|ил|ел|ул|ыл)(?:а|ся|ась)?(?![\p{L}])/gu;
const KO_PAST_VERB = /[\uAC00-\uD7AF]*[었았했였됐](?:습니다|고|다|는데|지만|으며|어요|던)(?![\p{L}])/gu;
const KO_TEAM_SUBJECT = /(?:우리|저희|팀)(?:는|가|은|이)?\s/u;

export function ruKoPersonalActions(sentence: string): number {
  const russian = sentence.match(RU_PERSONAL_ACTION)?.length ?? 0;
  if (!/[\uAC00-\uD7AF]/u.test(sentence) || KO_TEAM_SUBJECT.test(sentence)) return russian;
  return russian + Math.min(2, sentence.match(KO_PAST_VERB)?.length ?? 0);
}
