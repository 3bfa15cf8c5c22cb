/**
 * Plain word lists the analyzer compares against. They describe English and interview talk in
 * general, never a particular question, so they carry over to questions the analyzer has not seen.
 * Russian and Korean counterparts live in language/word-lists-ru-ko.ts.
 */
import {
  RU_KO_COMMON_WORDS,
  RU_KO_GENERIC_DOMAIN_WORDS,
  RU_KO_LIGHT_VERBS,
  RU_KO_QUESTION_FRAME_WORDS,
} from "@/server/scoring/builtin/language/word-lists-ru-ko";

/** Function words: ignored when comparing an answer with its question. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although am an and any anyone anything are aren't around as at
  be because been before being below between both but by can can't cannot could couldn't did didn't do does doesn't
  doing don't down during each either else enough etc even ever every few for from further had hadn't has hasn't have
  haven't having he he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've
  if in into is isn't it it's its itself just let's like may me might mine more most much must mustn't my myself
  neither no nor not now of off often on once one only or other others otherwise ought our ours ourselves out over own
  per perhaps quite rather really same shall shan't she she'd she'll she's should shouldn't since so some something
  such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've
  this those though through thus to too toward towards under until up upon us very via was wasn't we we'd we'll we're
  we've were weren't what what's whatever when when's where where's whether which while who who's whom whose why
  why's will with within without won't would wouldn't yet you you'd you'll you're you've your yours yourself
  yourselves`.split(/\s+/),
);

/**
 * Words of the question's own framing ("Tell me about a time...", "How would you...") that say
 * nothing about its topic.
 */
export const QUESTION_FRAME_WORDS: ReadonlySet<string> = new Set([
  ...`describe tell explain give walk talk discuss share example examples time times question answer approach happened
  happen think thought ever situation go went going please briefly detail details way ways kind sort thing things
  want would could should handle handled deal dealt`.split(/\s+/),
  ...RU_KO_QUESTION_FRAME_WORDS,
]);

/**
 * Everyday words. An answer made mostly of these (and buzzwords) says little; the rest of the
 * vocabulary is what we count as specific.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...`able accept across act action actually add added again age ago agree ahead allow almost alone along already always
  among amount another answer anyway appear approach area ask asked away back bad based basically become becomes
  began begin behind believe best better big bit body book both bring build built business call called came care
  case cases certain certainly change changed changes check clear clearly close come comes common complete completely
  consider continue could course create created current currently day days deal decide decided deep definitely did
  different difficult do does done easy effect end enough especially even event eventually ever every everyone
  everything exactly example examples expect experience explain face fact fair far fast feel felt few find fine first
  focus follow found free full fully future gave general generally get gets getting give given gives go goal goes
  going gone good got great group grow hand happen happened happy hard head hear help helps high hold home hope huge
  idea ideas important improve include including increase information instead interest interesting issue issues job
  keep kept key kind knew know known large last later lead learn least leave left less let level life light likely
  line little live long look looked looking lot lots love low made main make makes making many matter mean means meet
  mind minute moment money month months move much name need needed needs never new next nice nothing number often ok
  okay old once open order part particular people person place plan play point possible power pretty probably problem
  problems process provide public put question quick quickly quite range rate reach read ready real really reason
  remember result right role run said say says second see seem seems sense serious set several share short show side
  simple simply since small someone something sometimes soon sort space special start started state still stop story
  strong sure system take taken talk team teams tell term terms thing things think thinking though thought through
  today together told took top total toward tried true truly try trying turn type understand understanding up use
  used useful uses using usually value various view want wanted way ways week weeks well went whole wide work worked
  working works world would write year years yes young`.split(/\s+/),
  ...RU_KO_COMMON_WORDS,
]);

/**
 * Words so frequent in interview answers of every track that sharing them with the question
 * proves little about being on topic.
 */
export const GENERIC_DOMAIN_WORDS: ReadonlySet<string> = new Set([
  ...`user users customer customers product products app apps application company team teammate people work project
  feature features data system service time week weekly day days daily month monthly year years new good best improve
  make business solution problem thing way last next today yesterday recently ago`.split(/\s+/),
  ...RU_KO_GENERIC_DOMAIN_WORDS,
]);

/** Verbs so light that a question using them ("use", "make") says nothing about its topic with them. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  ...`use used using uses make made makes making get got gets do did does done go went goes take took takes give gave gives
  have has had need needs needed want wants wanted try tried know knew think see saw look looked put set keep kept let
  come came bring brought become became seem seems feel felt say said tell told ask asked work worked run ran add added
  adds start started starts begin began begun grow grew grown`.split(/\s+/),
  ...RU_KO_LIGHT_VERBS,
]);
