/**
 * Concept clusters: words that name the same interview concept. A question about a "mistake" is
 * answered by a story where someone "forgot" something or "broke" a build, without ever repeating
 * the question's word, so topic coverage matches on the cluster, not only on the exact word.
 * Clusters cover the recurring themes of interviews in general (behavioral themes, product
 * questions, engineering concerns), not the content of any particular question.
 */
import { bilingualTerms } from "@/server/scoring/builtin/language/concepts-ru-ko";
import { stem } from "@/server/scoring/builtin/stem";

/** Behavioral themes: the recurring "tell me about a time..." subjects and the words their stories use. */
const THEME_CLUSTER_WORDS: readonly string[] = [
  "mistake mistakes error errors wrong forgot forget forgetting broke break broken bug bugs fail failure failed miss missed overlook overlooked oversight rollback rolled revert reverted fix fixed regret blame fault underestimate underestimated incident outage slip misjudge misjudged apologize apologized lost",
  "disagree disagreement disagreed conflict conflicts argue argued argument pushback objection objected debate debated tension clash oppose opposed convince convinced persuade persuaded compromise dispute standoff insisted opinion opinions concern concerns",
  "learn learned learnt lesson lessons takeaway realize realized taught teach reflect reflection insight",
  "lead led leader leadership mentor mentored guide manage managed manager ownership initiative influence influenced coordinate coordinated organized",
  "deadline deadlines tight pressure rush rushed late delay delayed timeline schedule crunch urgent urgency due date launch sprint overtime scope",
  "deliver delivered delivery ship shipped shipping launch launched release released complete completed finish finished",
  "feedback critique criticism criticized critical review reviews reviewed comment comments advice suggested pointed said told",
  "success successful proud achievement achieve achieved accomplish accomplished win won award prize",
  "ambiguous ambiguity unclear uncertain uncertainty unknown vague assumption assumptions clarify clarified",
  "persuade persuaded convince convinced influence influenced buy pitch pitched proposal proposed suggest suggested agree agreed",
  "authority manager managers boss title formal senior power hierarchy",
  "initiative proactive volunteered noticed started ownership owned",
  "weakness weaknesses weak struggle struggled gap gaps",
  "strength strengths strong best good",
  "teammate teammates colleague colleagues coworker coworkers peer peers collaborate collaboration partner paired",
  "complaint complaints unhappy angry frustrated escalation escalate escalated upset difficult",
  "change changed adapt adapted pivot pivoted shift adjust transition reorg",
  "motivate motivation motivated excited passion mission why",
  "goal goals objective objectives target targets okr okrs",
];

/** Everything else: product and engineering concepts. */
const OTHER_CLUSTER_WORDS: readonly string[] = [
  // Product themes.
  "improve improved improvement increase increased boost grow growth optimize lift raise enhance",
  "drop dropped decline declined decrease decreased fall fell dip dipped loss lose lost churn shrink shrank plunge slump",
  "investigate investigation check checked checking diagnose diagnosis root cause causes analyze analyse analysis dig debug hypothesis hypotheses rule examine verify trace segment segmented",
  "onboarding onboard signup register registration activation activate setup tutorial walkthrough",
  "metric metrics kpi measure measured measurement rate retention conversion engagement funnel",
  "price pricing plan plans tier tiers monetize monetization revenue subscription paywall premium freemium discount",
  "prioritize prioritization priority priorities rank ranked tradeoff roadmap backlog",
  "decide decision choose chose choice evaluate weigh",
  "market competitor competitors competition share positioning",
  "theme dark light mode colour color contrast appearance palette",
  "feature features capability functionality",
  "stakeholder stakeholders communicate communication align alignment present presentation",
  "estimate estimation estimated approximately roughly size sizing",
  // Engineering themes.
  "slow slower fast faster latency performance speed speedup throughput lag bottleneck profile profiling profiler optimize optimization parallel seconds minutes milliseconds",
  "difference differences differ different versus compare comparison whereas unlike contrast distinguish",
  "risk risks pitfall pitfalls downside downsides danger stale race crash inconsistent wrong problem problems issue issues",
  "test tests testing verify validate validation assert qa",
  "complexity efficient efficiency optimal runtime",
  "design designed architect architecture implement implementation develop built build",
  "scale scaling scalable traffic capacity shard sharding partition replica replicas",
  "security secure privacy private trust encrypt encryption safe safety permission permissions",
  "launch launched release released ship shipped rollout deploy deployed deployment",
  "balanced balance valid validity match matching matched pair pairs",
  "sum add adds total plus",
  "minimum min fewest least shortest smallest lowest",
  "database databases sql query queries table tables index indexes schema",
  "thread threads process processes concurrency concurrent parallel parallelism async lock locks mutex mutexes",
  "api apis endpoint endpoints route routes request requests response responses http rest",
  "memory ram heap",
  "string strings character characters char chars text",
  "array arrays list lists element elements item items",
  "customer customers user users client clients",
  "interview interviews survey surveys research",
  "url urls link links",
];

const CLUSTER_WORDS = [...THEME_CLUSTER_WORDS, ...OTHER_CLUSTER_WORDS];

/** stem → indices of the clusters it belongs to. */
const CLUSTERS_BY_STEM: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  const add = (word: string, index: number): void => {
    const key = stem(word);
    const list = map.get(key) ?? [];
    if (!list.includes(index)) list.push(index);
    map.set(key, list);
  };
  CLUSTER_WORDS.forEach((line, index) => {
    for (const word of line.split(/\s+/)) add(word, index);
  });
  // Russian and Korean words join their English anchor's clusters, or a new cluster with the anchor
  // alone (one English word per new cluster, so English matching is unchanged).
  let next = CLUSTER_WORDS.length;
  for (const { anchor, words } of bilingualTerms()) {
    const known = map.get(stem(anchor));
    const clusters = known !== undefined && known.length > 0 ? [...known] : [next++];
    if (known === undefined || known.length === 0) add(anchor, clusters[0] ?? 0);
    for (const word of words) for (const cluster of clusters) add(word, cluster);
  }
  return map;
})();

export function clustersOf(stemmed: string): readonly number[] {
  return CLUSTERS_BY_STEM.get(stemmed) ?? [];
}

/**
 * Themes whose stories cannot be told without their vocabulary: a mistake story says what broke or
 * was forgotten, a conflict story says who disagreed. Only these are trusted to tell an answer that
 * misses the theme (the first two theme clusters above).
 */
const STORY_DEFINING_THEMES = 2;

export function isStoryDefiningTheme(cluster: number): boolean {
  return cluster < STORY_DEFINING_THEMES;
}

/** Any behavioral theme (a deadline, feedback, leadership), defining or not. */
export function isStoryTheme(cluster: number): boolean {
  return cluster < THEME_CLUSTER_WORDS.length;
}
