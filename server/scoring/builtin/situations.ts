/**
 * Situation families of behavioral questions. "Tell me about a time…" questions ask for a story of
 * a particular kind (a conflict, a mistake, feedback, burnout, a hand-over…), and a fluent story of
 * another kind is the typical off-topic answer: it shares the track's words (team, project, deadline)
 * but not the situation. Each family is general everyday vocabulary with its variants and synonyms,
 * written for interview stories in general, never for a particular question; a word matches a family
 * word's stem, a slightly shorter form of it or a longer word built on it, so "disagree", "disagreed"
 * and "disagreement" are one word (words that only share their first letters are not).
 */
import { RU_KO_SCRIPT } from "@/server/scoring/builtin/language/features-ru-ko";
import { RU_KO_FAMILIES, RU_KO_PHRASES } from "@/server/scoring/builtin/language/situations-ru-ko";
import { memoByKey } from "@/server/scoring/builtin/question-cache";
import { stem } from "@/server/scoring/builtin/stem";
import { tokenize } from "@/server/scoring/builtin/text";

const FAMILIES: Readonly<Record<string, string>> = {
  conflict: "disagree disagreement conflict argue argument clash tension pushback objected objection dispute standoff opposed opposing friction debate confrontation",
  mistake: "mistake wrong bug bugs error blunder broke broken outage incident rollback reverted regret fault apologise apologize apology forgot overlooked oversight misjudged postmortem regression accidentally incorrect defect typo faulty",
  feedback: "feedback criticism criticise criticize critique critical constructive reviewer harsh blunt",
  goal: "goal milestone milestones stalled plateau plateaued motivation habit practised practiced progress resolution",
  boring: "boring tedious unglamorous repetitive dull mundane chore grunt thankless monotonous cleanup",
  // Not "rest" under burnout: in stories it mostly means the remainder ("the rest of the queries").
  // Not "wanted": questions use it in passing ("all the information you wanted"), and every story does.
  need: "requested request requirement requirements workaround",
  handover: "inherited inherit handover predecessor legacy undocumented documentation readme departed",
  hiring: "hire hiring hired candidate candidates interviewer interviewers panel recruiter offer debrief",
  burnout: "burnout burning burnt exhausted exhaustion tired overtime stress stressed workload weekends wellbeing morale sick overworked",
  deadline: "deadline deadlines urgent pressure crunch late slipped slip overdue",
  mentoring: "mentor mentored mentoring coach coached coaching taught teaching junior graduate onboarding onboarded newcomer pairing",
  influence: "convince convinced persuade persuaded influence buy-in authority stakeholders pitch pitched proposal",
  ambiguity: "ambiguous ambiguity unclear uncertain uncertainty vague unknowns assumptions",
  remote: "remote timezone timezones time-zone distributed async asynchronous overlap",
  failure: "failure failed fail lost losing rejected setback",
  customer: "customer customers client clients complaint complained unhappy angry escalation escalated",
  change: "reorg reorganisation pivot pivoted restructure adapt adapted",
  refusal: "refuse refused refusal decline declined reject turned-down",
  // Not "learned" alone: every story's lesson says it ("I learned that…"); see PHRASES. Not "course": "of course".
  learning: "tutorial tutorials docs textbook bootcamp studied studying unfamiliar",
};

/** Everyday phrasings of a situation that single words miss ("nobody wanted it", "took over"). */
const PHRASES: ReadonlyArray<[string, RegExp]> = [
  ["mistake", /\broll(?:ed|ing)? (?:it |them |the \w+ |that \w+ |this \w+ )?back\b/gi],
  // The slip itself, told without the word "mistake": what went unchecked, what it was taken for, owning it.
  ["mistake", /\b(?:I|we) (?:didn't|did not|hadn't|had not|never) (?:notice|noticed|check|checked|double-check|double-checked|verify|verified|test|tested|read)\b|\bwhat I (?:thought|assumed) was\b|\bwhat I(?:'d| had) done\b|\bI should(?:'ve| have)\b/gi],
  ["influence", /\b(?:had|have|with) no (?:say|authority|power)\b/gi],
  ["boring", /\b(?:nobody|no one|none of us) wanted\b|\b(?:wasn't|was not|isn't|not) (?:exciting|fun|glamorous|interesting)\b|\bhad to be done\b/gi],
  // Someone leaving and their work landing on the teller: "left suddenly", "moved to another company", "I got her six clients".
  ["handover", /\b(?:left|quit|resigned) (?:suddenly|abruptly|unexpectedly|the company|the team|the firm)\b|\b(?:moved|transferred) to another (?:company|team|department|group|role)\b|\b(?:got|inherited|picked up) (?:her|his|their) (?:\w+ ){0,2}(?:clients|customers|accounts|suppliers|vendors|projects|work|workload|tickets|cases|caseload|patients|students|classes|portfolio|territory|code|codebase|services?|reports|team)\b/gi],
  // "Up to speed on" something is learning it; a hand-over story says who left and what was handed over.
  ["handover", /\btook over\b|\bhanded (?:it |them )?(?:over )?to me\b|\b(?:had|who) left\b|\bup to speed\b(?! on)|\b(?:went|was|were|is|on) (?:on )?(?:\w+ )?leave\b/gi],
  ["feedback", /\btold me (?:that )?my\b|\btold me\b[^.!?]{0,40}\bthat my\b|\bpointed out\b/gi],
  ["need", /\basked (?:us |me )?for\b|\bactually needed\b|\breal(?:ly)? need/gi],
  ["burnout", /\blate nights?\b|\bburn(?:ing|ed|t)? out\b/gi],
  ["learning", /\bup to speed on\b|\bcrash course\b|\b(?:had |have )?never (?:used|worked with|written|touched|done)\b|\bhad only (?:used|worked with|done)\b|\bnew to (?:me|us|the|our)\b|\bto learn\b|\blearn(?:ed|t|ing)? (?:\w+ ){0,3}(?:quickly|fast|from scratch|enough|the basics)\b/gi],
  ["deadline", /\b(?:wouldn't|would not|won't|will not|couldn't|could not) (?:finish|be ready|be done|make it)\b|\bmiss(?:ed|ing)? (?:the|a|our|my|its|that) (?:date|deadline|launch|release)\b|\bbehind schedule\b|\bunderestimat\w*/gi],
  ["conflict", /\bpush(?:ed|ing)? back\b/gi],
  // A corner cut is the slip a shortcut story is about.
  ["mistake", /\bcut(?:ting)? (?:a |the )?corners?\b|\bskipp(?:ed|ing) (?:the |a |writing |running )?(?:tests?|review|checks?|step|canary)\b|\bcame back to (?:bite|haunt)\b|\bbackfired\b/gi],
  ["refusal", /\b(?:say|said|saying|says) no\b|\bjust a no\b|\b(?:couldn't|could not|can't|cannot|wouldn't) (?:do|take|commit|fit|add|deliver)\b|\bturn(?:ed)? (?:it |them |this |that )?down\b|\bnot (?:take|taking) (?:it|this|that) on\b/gi],
];

const ALL_PHRASES: ReadonlyArray<[string, RegExp]> = [...PHRASES, ...RU_KO_PHRASES];

const HANGUL = /\p{Script=Hangul}/u;

const PREFIX = 5;

/** Each family word's stem → the families it belongs to. */
const FAMILY_STEMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [family, words] of [...Object.entries(FAMILIES), ...Object.entries(RU_KO_FAMILIES)]) {
    for (const word of words.split(/\s+/)) {
      const key = stem(word.replace(/-/g, ""));
      const list = map.get(key) ?? [];
      if (!list.includes(family)) list.push(family);
      map.set(key, list);
    }
  }
  return map;
})();

/** A shorter form of a family word drops at most this many letters of its stem ("disagr" of "disagre"; not "stand" of "standoff"). */
const SHORTER_FORM = 2;

/** The shorter forms of each family stem (at least PREFIX letters) → its families. */
const FAMILY_PREFIXES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [key, families] of FAMILY_STEMS) {
    for (let length = Math.max(PREFIX, key.length - SHORTER_FORM); length < key.length; length += 1) {
      const list = map.get(key.slice(0, length)) ?? [];
      for (const family of families) if (!list.includes(family)) list.push(family);
      map.set(key.slice(0, length), list);
    }
  }
  return map;
})();

/**
 * The families a word's stem names: the family word itself, a shorter form of it, or a longer word
 * built on it ("escalat" → "escalation"). Two words that merely share their first letters do not
 * match: "complet" is no "complain", "interest" no "interview", "standard" no "standoff".
 */
function familiesOf(s: string): readonly string[] {
  const exact = FAMILY_STEMS.get(s) ?? (s.length >= PREFIX ? FAMILY_PREFIXES.get(s) : undefined);
  if (exact) return exact;
  for (let length = s.length - 1; length >= PREFIX; length -= 1) {
    const families = FAMILY_STEMS.get(s.slice(0, length));
    if (families) return families;
  }
  return [];
}

/** How often each situation family is named in a text. */
export function situationCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) {
    for (const family of familiesOf(stem(token))) counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  for (const [family, pattern] of ALL_PHRASES) {
    const n = text.match(pattern)?.length ?? 0;
    if (n > 0) counts.set(family, (counts.get(family) ?? 0) + n);
  }
  return counts;
}

export type TSituationFit = {
  /** The families the question asks about (empty: the question names no situation). */
  asked: readonly string[];
  /** 0..1: how well the story is of the asked kind; null when the question names no situation. */
  fit: number | null;
  /** A story of another kind: other families dominate and the asked ones are barely named. */
  otherKind: boolean;
  /** How often the story names the asked situation, in a family word or an everyday phrase. */
  askedNamed: number;
  /**
   * Whether the fit can lower a story's standing. The Russian and Korean families
   * (language/situations-ru-ko.ts) are younger and were never checked against stories written
   * blind: in those languages a good fit may lift a story told in its own words, but a poor one
   * neither lowers it nor calls it a story of another kind.
   */
  trusted: boolean;
};

/**
 * Every asked family should be named (twice counts fully: a passing word is not the story), and the
 * asked families should be a fair share of all the situation words the story uses.
 */
/**
 * People a story happens with: in a question they set the scene ("a request from a senior
 * stakeholder", "what a customer asked for"), while the situation is what happened.
 */
const ACTORS = /\b(?:customers?|clients?|users?|stakeholders?|candidates?|interviewers?|recruiters?|managers?|juniors?|graduates?|newcomers?|predecessors?|reviewers?|panel)\b/gi;

/** The families named first in a text (a word or an everyday phrase), with where they are named. */
function firstNamed(text: string): string[] {
  let at = Infinity;
  let families: readonly string[] = [];
  for (const match of text.matchAll(/[\p{L}][\p{L}'-]*/gu)) {
    // A Korean word carries its particle ("갈등이"): its tokens are the word and the particle.
    const words = HANGUL.test(match[0]) ? tokenize(match[0]) : [match[0].toLowerCase().replace(/-/g, "")];
    const named = words.flatMap((word) => familiesOf(stem(word)));
    const found = named.length > 0 ? named : undefined;
    if (found && (match.index ?? 0) < at) [at, families] = [match.index ?? 0, found];
    if (found) break;
  }
  for (const [family, pattern] of ALL_PHRASES) {
    for (const match of text.matchAll(pattern)) if ((match.index ?? Infinity) < at) [at, families] = [match.index ?? 0, [family]];
  }
  return [...families];
}

/**
 * The situation families a story question asks about: the one its story prompt (the first sentence)
 * names first, leaving out the people it happened with. "A time you had to say no to a request from
 * your manager" asks about saying no; the request and the manager are what it was about and with
 * whom. When the prompt names a situation only through its people ("a difficult customer"), the
 * question's families all count.
 */
export const askedSituations = memoByKey((question: string): readonly string[] => readAskedSituations(question));

function readAskedSituations(question: string): string[] {
  const prompt = question.split(/(?<=[.?!])\s+/)[0] ?? question;
  const first = firstNamed(prompt.replace(ACTORS, (m) => " ".repeat(m.length)));
  return first.length > 0 ? first : [...situationCounts(question).keys()];
}

export function situationFit(question: string, answer: string): TSituationFit {
  const asked = askedSituations(question);
  const trusted = !RU_KO_SCRIPT.test(answer);
  if (asked.length === 0) return { asked, fit: null, otherKind: false, askedNamed: 0, trusted };
  const counts = situationCounts(answer);
  const askedHits = asked.reduce((sum, f) => sum + (counts.get(f) ?? 0), 0);
  const allHits = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const coverage = asked.reduce((sum, f) => sum + Math.min(1, (counts.get(f) ?? 0) / 2), 0) / asked.length;
  const share = (askedHits + 1) / (allHits + 2);
  const fit = Math.min(1, 0.6 * coverage + 0.4 * Math.min(1, share / 0.5));
  const strongestOther = Math.max(0, ...[...counts].filter(([f]) => !asked.includes(f)).map(([, n]) => n));
  // Only a story that never names the asked situation is of another kind: a sound story often names
  // another situation in passing (a feedback story about someone's mistakes), so "named once while
  // another is named four times" was tried and dropped as too risky for one calibration pair.
  // Tried on 2 December and dropped: another situation named twice instead of three times. It caught a
  // quarter more of the strong stories written for another calibration question, but flagged 2 more of
  // the 40 on-topic stories written blind for test/fixtures/scoring/on-topic-stories.jsonl (5 instead of 3).
  return { asked, fit, otherKind: trusted && askedHits === 0 && strongestOther >= 3, askedNamed: askedHits, trusted };
}
