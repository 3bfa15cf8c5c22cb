/**
 * English words the server's vocabularies would leave on a Russian or Korean page (#18): names declared
 * in server code (plans, tracks, levels, rubric dimensions) and the English names the admin catalog
 * gives the codes the server writes (scoring providers, job queues, audit actions and target types).
 * Derived from those declarations, so a new plan, queue or dimension is checked without touching a
 * list here. Only words whose translation in `locale` differs from English count: "Pro" and
 * "Premium" are brand names on purpose (server/contracts/vocabulary/plan-names.ts).
 */
import { PLAN_IDS, PLANS } from "../server/contracts/vocabulary/plans";
import { getRubric, type TRubricId } from "../server/contracts/vocabulary/rubrics";
import { SCORE_FLAGS } from "../server/contracts/vocabulary/score";
import { LEVELS, LEVEL_NAMES, TRACKS, TRACK_NAMES } from "../server/contracts/vocabulary/tracks";
import { QUEUES } from "../server/jobs/queue-registry";

type TTree = { [key: string]: string | TTree };

function at(messages: Record<string, TTree>, key: string): string | undefined {
  const value = key.split(".").reduce<TTree | string | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), messages);
  return typeof value === "string" ? value : undefined;
}

/** "possible_prompt_injection" → "Possible prompt injection": what a page shows for a code it has no words for. */
const humanized = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replace(/[_.-]+/g, " ");

/**
 * [English word, catalog key naming the same thing] for every server vocabulary; the key is where the
 * translation lives (undefined: no catalog entry, the English form is never right in ru or ko).
 */
function serverVocabulary(en: Record<string, TTree>): Array<[string, string | undefined]> {
  const rubricIds: TRubricId[] = [...TRACKS, "general"];
  const dimensions = new Map(rubricIds.flatMap((id) => getRubric(id).dimensions.map((dimension) => [dimension.key, dimension.label] as const)));
  /** Every message under a catalog section, with its key. */
  const catalogSection = (section: string): Array<[string, string]> => {
    const walk = (node: TTree | string | undefined, key: string): Array<[string, string]> =>
      typeof node === "string" ? [[node, key]] : node ? Object.entries(node).flatMap(([part, child]) => walk(child, `${key}.${part}`)) : [];
    return walk(
      section.split(".").reduce<TTree | string | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), en),
      section,
    );
  };
  return [
    ...PLAN_IDS.map((id) => [PLANS[id].name, `common.plans.${id}`] as [string, string]),
    ...TRACKS.map((track) => [TRACK_NAMES[track], `vocabulary.tracks.${track}`] as [string, string]),
    ...LEVELS.map((level) => [LEVEL_NAMES[level], `vocabulary.levels.${level}`] as [string, string]),
    ...[...dimensions].map(([key, label]) => [label, `vocabulary.dimensions.${key}`] as [string, string]),
    ...SCORE_FLAGS.map((flag) => [humanized(flag), undefined] as [string, undefined]),
    ...Object.keys(QUEUES).map((queue) => [at(en, `admin.system.queueNames.${queue}`) ?? humanized(queue), `admin.system.queueNames.${queue}`] as [string, string]),
    ...catalogSection("admin.system.providers"),
    ...catalogSection("admin.audit.targets"),
    ...catalogSection("admin.audit.actions"),
  ];
}

/** The English words of the server's vocabularies that must not appear in `locale`'s interface. */
export function serverVocabularyGiveaways(en: Record<string, TTree>, other: Record<string, TTree>): string[] {
  const found = new Set<string>();
  for (const [english, key] of serverVocabulary(en)) {
    if (!english || /[{}<>]/.test(english)) continue;
    if (key !== undefined && at(other, key) === english) continue;
    found.add(english);
  }
  return [...found];
}
