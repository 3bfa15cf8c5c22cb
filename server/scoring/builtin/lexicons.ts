/**
 * Marker lexicons: phrase patterns whose presence in a sentence is a signal for one or more rubric
 * dimensions. They describe how good interview answers are built in general (signposting, numbers,
 * trade-offs, STAR parts, Big-O...), never the content of a particular question.
 * Patterns are regex fragments, matched case-insensitively on whole words.
 */
import { RU_KO_SCRIPT } from "@/server/scoring/builtin/language/features-ru-ko";
import { RU_KO_LEXICON_PATTERNS } from "@/server/scoring/builtin/language/lexicons-ru-ko";

export const LEXICON_PATTERNS = {
  signpost: [
    "first(?:ly)?", "second(?:ly)?", "third(?:ly)?", "then", "next", "after that", "finally", "lastly", "to start",
    "to begin", "in summary", "to summari[sz]e", "step (?:one|two|three|\\d)", "once (?:that|this)", "from there",
    "at the same time", "meanwhile", "in parallel",
  ],
  causal: [
    "because", "so that", "so (?:i|we)", "which means", "that means", "therefore", "as a result", "due to", "leads? to",
    "led to", "in order to", "that's why", "that is why", "thanks to", "caus(?:e|es|ed|ing)", "the reason",
    "otherwise", "since (?:the|it|we|i|they|a)", "hence", "which (?:lets|allows|prevents|avoids|keeps|makes)",
  ],
  conditional: [
    "if", "unless", "assuming", "assume", "depending on", "in case", "as long as", "provided that", "when(?:ever)? (?:the|a|an|it|we|reads|writes|users?)",
  ],
  example: [
    "for example", "for instance", "e\\.g\\.", "such as", "say,?", "like when", "to illustrate", "imagine", "in one case",
    "a case like", "consider",
  ],
  tradeOff: [
    "versus", "vs\\.?", "trade[- ]?offs?", "at the (?:cost|expense) of", "instead of", "rather than", "on the other hand",
    "downsides?", "drawbacks?", "pros and cons", "whereas", "compared (?:to|with)", "alternatively", "in exchange for",
    "the (?:cost|price) (?:of|is)", "costs? (?:more|less)", "the risk (?:is|of)", "risks?", "but (?:it|that|this) (?:costs?|means|adds|needs|requires)",
    "weigh(?:ed|ing)?", "balance", "the catch", "not free", "worth it", "slower but", "faster but", "cheaper but",
    "(?:must |have to |had to |to )?choos(?:e|ing) between", "prefers? \\w+ (?:over|to)", "give up", "sacrific(?:e|es|ed|ing)",
    "either \\w+ or",
  ],
  contrast: [
    "but", "however", "although", "though", "while", "yet", "unlike", "whereas", "instead", "in contrast",
    "\\w+er than", "(?:more|less|fewer) \\w+ than", "the difference is", "differs? (?:in|from)", "shares?",
  ],
  metric: [
    "metrics?", "kpis?", "(?:conversion|retention|churn|activation|adoption|error|hit|miss|click[- ]through|bounce|completion|success|crash|failure|drop[- ]off|open|response) rates?",
    "retention", "conversion", "activation", "churn", "engagement", "revenue", "arpu", "ltv", "cac", "nps", "csat",
    "dau", "wau", "mau", "daily active", "weekly active", "monthly active", "latency", "p50", "p9[059]", "throughput",
    "uptime", "sla", "slo", "funnel", "cohorts?", "time to (?:value|first)", "ctr", "percentage", "share of", "average",
    "median", "per (?:user|request|second|day|week|month)", "load", "hit ratio", "satisfaction",
  ],
  measurement: [
    "measur(?:e|ed|es|ing|ement|ements)", "track(?:ed|ing|s)?", "monitor(?:ed|ing|s)?", "dashboards?", "alerts?",
    "instrument(?:ed|ation)?", "benchmark(?:ed|ing|s)?", "profil(?:e|ed|er|ing)", "a/b", "experiments?",
    "control group", "baseline", "before and after", "logs?", "query plan", "explain analy[sz]e", "trac(?:e|es|ing)",
  ],
  experiment: [
    "a/b(?: tests?)?", "experiments?", "pilot", "roll(?:ed)? ?out", "beta", "canary", "hypothes(?:is|es|i[sz]e)",
    "control group", "(?:usability|user) tests?", "prototype", "mvp", "test (?:it|this|the|with)",
  ],
  guardrail: ["guardrails?", "counter[- ]?metrics?", "side effects?", "without hurting", "make sure (?:it|this|we) (?:doesn't|does not)", "watch (?:for|out)"],
  prioritize: [
    "prioriti[sz](?:e|ed|es|ing|ation)", "priorit(?:y|ies)", "rank(?:ed|ing|s)?", "most important", "biggest", "highest",
    "impact", "effort", "reach", "quick wins?", "must[- ]haves?", "nice[- ]to[- ]haves?", "mvp", "scope", "defer",
    "sequenc(?:e|ing)", "roadmap", "start with", "focus on", "roi", "cost[- ]benefit", "first(?:,)? (?:i'd|i would|we)",
    "low effort", "high (?:reach|impact|effort)", "worth", "trade[- ]?offs?", "(?:\\(1\\)|1\\))",
  ],
  user: [
    "users?", "customers?", "personas?", "segments?", "cohorts?", "interview(?:s|ed|ing)?", "surveys?", "pain points?",
    "needs?", "jobs to be done", "jtbd", "frustrat(?:ed|ing|ion)", "confus(?:ed|ing|ion)", "trust(?:ing)?", "worr(?:y|ied|ies)",
    "motivat(?:ion|ed|e)", "behaviou?rs?", "journey", "research", "usability", "friction", "accessib(?:le|ility)",
    "cautious", "privacy", "afraid", "expectations?", "why (?:they|users|people|customers)",
  ],
  segmentation: [
    "segment(?:s|ed|ing)?", "split (?:users|them|it|by)", "(?:by|per|across) (?:platform|region|country|device|version|app version|plan|cohort|segment|channel|tier|os|browser|market|source|persona)",
    "break (?:it )?down", "slice", "new vs\\.? returning", "free vs\\.? paid", "(?:new|returning|power|casual|free|paid) users",
  ],
  situation: [
    "last (?:year|month|quarter|summer|spring|autumn|fall|winter|week|sprint)", "in my (?:internship|last|previous|first|current|old)",
    "at my (?:previous|last|current|first|old)", "when i was", "during my", "(?:a|one) (?:time|project|day) (?:when|where)",
    "in (?:19|20)\\d\\d", "a few (?:days|weeks|months|years) ago", "\\w+ (?:days|weeks|months|years) ago", "my team was",
    "our team was", "we were (?:building|working|migrating|launching|moving|choosing|preparing|running)", "i was (?:working|leading|responsible|asked|on)",
    "at (?:the|a) (?:startup|company|bank|agency)", "in my (?:internship|job|role|team)",
  ],
  task: [
    "my (?:task|goal|job|role|responsibility|objective|mission) was", "i (?:was|were) (?:asked|responsible|tasked|supposed|expected) to",
    "i needed to", "i had to", "we had to", "the goal was", "the challenge was", "the deadline was", "i wanted to", "we needed to",
  ],
  habitual: [
    "usually", "always", "whenever", "generally", "typically", "normally", "often", "sometimes", "tend to", "i try to",
    "i believe", "i make sure", "i focus on", "every time", "in general", "i value", "i always", "we always", "i strive",
  ],
  result: [
    "as a result", "in the end", "the result", "outcome", "ended up", "resulted", "shipped", "launched", "reduced",
    "increased", "improved", "saved", "cut (?:the|our|it|down)", "grew", "won", "achieved", "zero", "brought back",
    "went with", "finished", "delivered", "on time", "succeeded", "from \\d[\\d.,%]* to \\d", "which meant", "took (?:\\w+ )?(?:days|weeks|months|hours)",
    "later (?:reused|adopted|used)", "recovered", "fixed", "went (?:well|live)", "no (?:downtime|incidents|complaints)",
  ],
  reflection: [
    "i learn(?:ed|t)", "learn(?:ed|t)", "lessons?", "since then", "now i", "next time", "in hindsight", "looking back",
    "taught me", "i reali[sz]ed", "differently", "i now", "from then on", "changed how i", "takeaways?", "if i did it again",
    "i always ask myself", "made me",
  ],
  hedge: [
    "i think", "i guess", "probably", "maybe", "perhaps", "basically", "kind of", "sort of", "not sure", "i don't think",
    "might", "i suppose", "more or less", "somehow", "stuff", "or something", "i'm not sure", "i am not sure",
    "the cloud", "a good \\w+", "and so on", "some kind of", "things like that", "should be (?:fast|scalable|secure|reliable|robust|efficient|easy|simple|fine|good)",
  ],
  overclaim: [
    "everything", "nothing can go wrong", "much can go wrong", "can't go wrong", "cannot go wrong", "no problems?", "perfect(?:ly)?",
    "guaranteed", "never fails", "all the time", "always works", "the same thing",
  ],
  buzzword: [
    "leverag(?:e|ed|es|ing)", "synerg(?:y|ies|istic)", "holistic(?:ally)?", "best[- ]in[- ]class", "world[- ]class",
    "cutting[- ]edge", "state[- ]of[- ]the[- ]art", "data[- ]driven", "user[- ]centric", "customer[- ]centric",
    "seamless(?:ly)?", "cloud[- ]native", "game[- ]?changer", "paradigm", "empower(?:ing|ment|s)?", "innovat(?:e|ive|ion)",
    "passionate", "passion", "growth mindset", "delightful", "delight", "frictionless", "tiger team", "war room",
    "deep dive", "best practices", "industry standards?", "move the needle", "low[- ]hanging fruit", "circle back",
    "value[- ]add", "thought leadership", "next[- ]level", "lifeblood", "mission[- ]critical", "continuous learning",
    "team player", "positive intent", "open mind(?:ed)?", "psychological safety", "align(?:ed)? (?:the )?stakeholders",
    "stakeholder alignment", "align on", "agile", "iterate quickly", "streamlin(?:e|ed|ing)", "disrupt(?:ive|ion)?",
    "highly scalable", "ecosystem", "vision and strategy", "actionable insights", "transformative", "supercharge",
    "strive", "above and beyond", "win[- ]win", "touch base", "proactive(?:ly)?", "results[- ]oriented", "detail[- ]oriented",
    "self[- ]starter", "top[- ]notch", "at the end of the day", "outside the box", "curiosity", "common ground",
    "listen(?:ing)? actively", "active(?:ly)? listen(?:ing)?", "cross[- ]functional", "brainstorm(?:ing)?", "robust",
    "modern", "seamlessly", "integrate it", "great teams", "ownership", "collaborative", "empathy",
  ],
  filler: [
    "very", "really", "super", "definitely", "extremely", "totally", "absolutely", "truly", "of course", "a lot",
    "so much", "it is important", "it's important", "is (?:very |super |really )?(?:important|key|essential|crucial)",
    "things", "stuff", "in the future", "every developer", "everyone", "ultimately", "make sure", "the right",
  ],
  /** Talk about the question instead of answering it: typical of padded answers. */
  metaTalk: [
    "interview (?:question|topic|problem)s?", "(?:very )?(?:famous|common|classic|popular) (?:interview )?(?:question|problem|topic)",
    "every (?:developer|engineer|candidate|pm|product manager)", "good to know", "should (?:understand|know)",
    "it is (?:very |super |really |extremely )?important to", "(?:is|are) (?:very |super |really |extremely )?(?:important|essential|crucial|key|fundamental|critical)",
    "matters? a lot", "plays? an? (?:key|big|crucial|important|major) role", "fundamental concepts?", "in today's world",
    "nowadays", "one of the most", "there are (?:many|different|various|several) (?:types|ways|kinds|approaches)",
    "a (?:big|huge) difference", "should be taken seriously", "it(?:'s| is) all about", "at the end of the day",
    "the (?:key|secret) is", "is the lifeblood", "(?:is|are) (?:both )?ways? (?:for|to)", "make(?:s)? (?:a|the) (?:big |real )?difference",
    "i (?:really )?value", "i am (?:very )?passionate", "i believe (?:in|that)", "the kind of \\w+ i",
    "(?:helps?|help you) (?:you )?(?:write|build|make|be) (?:better|faster|more)", "in the future",
  ],
  failureMode: [
    "fail(?:s|ed|ure|ures|ing)?", "outages?", "downtime", "stale", "race conditions?", "deadlocks?", "leaks?", "stampede",
    "thundering herd", "bottlenecks?", "time ?outs?", "retr(?:y|ies|ied)", "crash(?:es|ed|ing)?", "inconsisten(?:t|cy)",
    "consisten(?:t|cy)", "corrupt(?:ed|ion)?", "overload(?:ed)?", "single point of failure", "roll ?backs?", "rolled back",
    "evict(?:ion|ed)?", "invalidat(?:e|ed|ion|ing)", "expir(?:e|es|ed|y|ation)", "contention", "starvation", "overflow",
    "cascad(?:e|ing)", "data loss", "degrade(?:s|d)?", "fallback", "mismatch", "regression", "vulnerab(?:le|ility)",
    "goes down", "go down", "unbounded", "edge cases?",
  ],
  experience: [
    "in my (?:last|previous|current|old) (?:job|role|team|company|project)", "at my (?:last|previous|current|old)",
    "we used", "i used", "i've used", "i have used", "in production", "in practice", "when i worked", "i've seen",
    "i have seen", "we measured", "i measured", "in one case", "on my team", "in a previous", "we had (?:a|an)",
    "i once", "we once", "real[- ]world example",
  ],
  clarify: [
    "i(?:'ll| will)? assume", "assuming", "assumptions?", "clarify(?:ing)?", "constraints?", "i(?:'d| would) ask",
    "can i assume", "input size", "requirements?", "exactly one", "is (?:the input|it) sorted", "given that",
    "i(?:'d| would) confirm", "what if", "the input",
  ],
  algorithm: [
    "hash ?maps?", "hash ?tables?", "hash ?sets?", "dictionar(?:y|ies)", "dict", "maps?", "sets?", "arrays?", "lists?",
    "linked lists?", "stacks?", "queues?", "deques?", "heaps?", "priority queues?", "trees?", "tries?", "graphs?",
    "binary search", "two pointers?", "sliding window", "sort(?:ed|ing)?", "recursion", "recursive(?:ly)?",
    "iterat(?:e|es|ive|ion|ing)", "dynamic programming", "memoi[sz](?:e|ation|ed)", "greedy", "bfs", "dfs",
    "breadth[- ]first", "depth[- ]first", "backtracking", "divide and conquer", "prefix sums?", "union[- ]find",
    // Named techniques told in words: "prefix products", "a running maximum", "two passes".
    "(?:prefix|suffix) (?:products?|sums?|max(?:ima|imum|es)?|min(?:ima|imum|s)?|counts?)", "running (?:sums?|totals?|products?|max(?:imum)?|min(?:imum)?|counts?)",
    "(?:two|second|both) passes", "second pass",
    "loops?", "pointers?", "indices", "index", "counters?", "push(?:es|ed)?", "pop(?:s|ped)?", "lookups?", "walk the",
    "one pass", "single pass", "scan",
  ],
  approachComparison: [
    "brute[- ]force", "naive(?:ly)?", "better", "optimal", "optimi[sz](?:e|ed|ation)", "more efficient", "alternatively",
    "another approach", "improve(?:s|d)? on", "faster", "instead of", "trade[- ]?off",
  ],
  complexity: [
    "o\\([^)\\n]{1,20}\\)", "big[- ]o", "linear(?: time| space)?", "constant (?:time|space|memory)", "logarithmic",
    "quadratic", "n log n", "exponential",
  ],
  complexityTalk: ["time complexity", "space complexity", "extra space", "efficien(?:t|cy)", "faster", "slower"],
  edgeCase: [
    "edge cases?", "corner cases?", "empty", "null", "undefined", "none", "nil", "duplicates?", "negative(?: numbers?)?",
    "zero", "overflow", "single element", "one[- ]element", "invalid", "boundary", "worst case", "out of range",
    "no (?:answer|solution|match)", "missing", "unicode", "large input",
  ],
  testing: [
    "tests?", "testing", "tested", "asserts?", "expect(?:s|ed)?", "unit tests?", "test cases?", "should return", "returns? (?:true|false|\\[)",
    "giving \\[", "→", "->",
  ],
  dontKnow: [
    "i don'?t know", "i do not know", "no idea", "not sure", "i'?m not sure", "i have no clue", "no clue", "idk", "pass",
    "skip", "n/?a", "i can'?t answer", "i cannot answer", "don'?t remember", "never heard", "no comment",
  ],
} as const satisfies Record<string, readonly string[]>;

export type TLexiconName = keyof typeof LEXICON_PATTERNS;

export const LEXICON_NAMES = Object.keys(LEXICON_PATTERNS) as TLexiconName[];

/**
 * What may not follow a match: a letter or digit. Korean attaches its particles to the word before
 * them ("O(n)입니다", "RICE로", "Redis를"), so after a match that ends in Latin, a digit or a bracket,
 * Hangul is a particle and the word has ended; Latin and Cyrillic text never has Hangul after a word.
 * A match that ends in Hangul still needs a real word end ("면" is not "면접"): Korean entries that
 * take particles say so (\p{L}* after the stem).
 */
const WORD_END = "(?:(?<=\\p{Script=Hangul})(?![\\p{L}\\p{N}])|(?<!\\p{Script=Hangul})(?!(?!\\p{Script=Hangul})[\\p{L}\\p{N}]))";

/** Marks a Korean ending that attaches to the word before it ("~므로" in "꺼내므로", "~지만" in "빠르지만"). */
const ATTACHED = "~";

export function compile(patterns: readonly string[]): RegExp {
  // Letter/number look-arounds instead of \b so accented words and "o(n)" behave.
  const words = patterns.filter((p) => !p.startsWith(ATTACHED));
  const endings = patterns.filter((p) => p.startsWith(ATTACHED)).map((p) => p.slice(ATTACHED.length));
  const starts = [
    ...(words.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${words.join("|")})`] : []),
    // An ending is matched only where it is attached: right after a Hangul syllable.
    ...(endings.length > 0 ? [`(?<=\\p{Script=Hangul})(?:${endings.join("|")})`] : []),
  ];
  return new RegExp(`(?:${starts.join("|")})${WORD_END}`, "giu");
}

export const LEXICONS: Readonly<Record<TLexiconName, RegExp>> = Object.fromEntries(
  LEXICON_NAMES.map((name) => [name, compile(LEXICON_PATTERNS[name])]),
) as Record<TLexiconName, RegExp>;

/**
 * The Russian and Korean phrases of each lexicon, compiled apart and run only on sentences written
 * in those scripts, so English sentences are matched exactly as before (language/lexicons-ru-ko.ts).
 */
export const RU_KO_LEXICONS: Readonly<Partial<Record<TLexiconName, RegExp>>> = Object.fromEntries(
  LEXICON_NAMES.flatMap((name) => {
    const patterns = RU_KO_LEXICON_PATTERNS[name];
    return patterns === undefined ? [] : [[name, compile(patterns)]];
  }),
);

/** One phrase a lexicon found, and what it counts for (see ENDING_WEIGHT). */
export type TLexiconMatch = { text: string; weight: number };

/**
 * What a Korean ending counts for against a separate word. Korean marks a condition or a cause on
 * nearly every clause ("정렬하면", "꺼내므로", "보이도록"), where English writes "if" or "because" in
 * some: counted in full, the bank's 120 Korean sample answers showed 1.9 times the reasons and
 * conditions of the same answers in English; at half, about 1.15 times (Russian: 1.4).
 */
const ENDING_WEIGHT = 0.5;

const HANGUL = /\p{Script=Hangul}/u;

/**
 * A lexicon's matches in one sentence: its English phrases, and its Russian and Korean ones in a
 * sentence written in those scripts (only looked for when the whole text has them).
 */
export function lexiconMatches(name: TLexiconName, sentence: string, ruKoText: boolean): TLexiconMatch[] {
  const pattern = LEXICONS[name];
  pattern.lastIndex = 0;
  const matches: TLexiconMatch[] = (sentence.match(pattern) ?? []).map((text) => ({ text, weight: 1 }));
  pattern.lastIndex = 0;
  const foreign = RU_KO_LEXICONS[name];
  if (foreign === undefined || !ruKoText || !RU_KO_SCRIPT.test(sentence)) return matches;
  for (const match of sentence.matchAll(foreign)) {
    // Only an attached ending starts right after a Hangul syllable (compile's "~" entries).
    const attached = match.index > 0 && HANGUL.test(sentence[match.index - 1] ?? "");
    matches.push({ text: match[0], weight: attached ? ENDING_WEIGHT : 1 });
  }
  return matches;
}

/** Named frameworks are matched case-sensitively where the name is also a common word (RICE, HEART...). */
export const FRAMEWORK_PATTERN =
  /(?<![\p{L}\p{N}])(?:STAR|CIRCLES|RICE|ICE|HEART|AARRR|MoSCoW|MOSCOW|Kano|KANO|JTBD|SWOT|OKRs?|CAP theorem|SOLID|TDD|[Bb]ig[- ]O|5 [Ww]hys|[Ff]ive [Ww]hys|[Jj]obs[- ]to[- ]be[- ]done|[Nn]orth [Ss]tar(?: metric)?|[Pp]irate metrics|[Ee]isenhower|[Vv]alue vs\.? effort|[Ii]mpact(?:\/| vs\.? | and )effort|[Ff]unnel analysis|[Rr]oot[- ]cause analysis|[Cc]ost[- ]benefit|북극성 지표)(?!(?!\p{Script=Hangul})[\p{L}\p{N}])/gu;
