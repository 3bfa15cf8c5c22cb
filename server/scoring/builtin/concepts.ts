/**
 * Concept clusters: words that name the same interview concept. A question about a "mistake" is
 * answered by a story where someone "forgot" something or "broke" a build, without ever repeating
 * the question's word, so topic coverage matches on the cluster, not only on the exact word.
 * Clusters cover the recurring themes of interviews in general (behavioral themes, product
 * questions, engineering concerns), not the content of any particular question.
 */
import { stem } from "@/server/scoring/builtin/stem";

const CLUSTER_WORDS: readonly string[] = [
  "mistake mistakes error errors forgot forget forgetting broke break broken bug bugs fail failure failed miss missed overlook overlooked oversight rollback rolled revert reverted fix fixed regret blame fault underestimate underestimated incident outage slip misjudge misjudged",
  "disagree disagreement disagreed conflict conflicts argue argued argument pushback objection objected debate debated tension clash oppose opposed convince convinced persuade persuaded compromise dispute standoff",
  "learn learned learnt lesson lessons takeaway realize realized taught teach reflect reflection insight",
  "lead led leader leadership mentor mentored guide manage managed manager ownership initiative influence influenced coordinate coordinated",
  "deadline deadlines pressure tight rush rushed late delay delayed timeline schedule crunch urgent",
  "feedback critique criticism criticized review reviewed",
  "success successful proud achievement achieve achieved accomplish accomplished accomplishment",
  "improve improved improvement increase increased boost grow growth optimize lift raise enhance",
  "drop dropped decline declined decrease decreased fall fell dip dipped loss lose lost churn shrink shrank plunge slump",
  "investigate investigation check checked checking diagnose diagnosis root cause causes analyze analyse analysis dig debug hypothesis hypotheses rule examine verify trace segment segmented",
  "onboarding onboard signup register registration activation activate setup tutorial walkthrough",
  "metric metrics kpi measure measured measurement rate retention conversion engagement funnel",
  "price pricing plan plans tier tiers monetize monetization revenue subscription paywall premium freemium discount",
  "slow fast latency performance speed throughput lag bottleneck",
  "difference differences differ different versus compare comparison whereas unlike contrast distinguish",
  "risk risks pitfall pitfalls downside downsides danger stale race crash inconsistent wrong problem problems issue issues",
  "test tests testing verify validate validation assert qa",
  "complexity efficient efficiency optimal runtime",
  "design designed architect architecture implement implementation develop built build",
  "scale scaling scalable traffic capacity shard sharding partition replica replicas",
  "security secure privacy private trust encrypt encryption safe safety permission permissions",
  "launch launched release released ship shipped rollout deploy deployed deployment",
  "prioritize prioritization priority priorities rank ranked tradeoff roadmap",
  "stakeholder stakeholders communicate communication align alignment present presentation",
  "weakness weaknesses weak struggle struggled gap gaps",
  "teammate teammates colleague colleagues coworker coworkers peer peers collaborate collaboration partner",
  "complaint complaints unhappy angry frustrated escalation escalate escalated upset",
  "ambiguous ambiguity unclear uncertain uncertainty unknown vague",
  "change changed adapt adapted pivot pivoted shift adjust transition",
  "goal goals objective objectives target targets okr okrs",
  "estimate estimation estimated approximately roughly size sizing",
  "balanced balance valid validity match matching matched pair pairs",
  "sum add adds total plus",
  "database databases sql query queries table tables index indexes schema",
  "thread threads process processes concurrency concurrent parallel parallelism async lock locks mutex mutexes",
  "api apis endpoint endpoints route routes request requests response responses http rest",
  "memory ram heap",
  "string strings character characters char chars text",
  "array arrays list lists element elements item items",
  "customer customers user users client clients",
  "interview interviews survey surveys research",
];

/** stem → indices of the clusters it belongs to. */
const CLUSTERS_BY_STEM: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  CLUSTER_WORDS.forEach((line, index) => {
    for (const word of line.split(/\s+/)) {
      const key = stem(word);
      const list = map.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      map.set(key, list);
    }
  });
  return map;
})();

export function clustersOf(stemmed: string): readonly number[] {
  return CLUSTERS_BY_STEM.get(stemmed) ?? [];
}
