/**
 * Reads `?track=&level=&count=&tags=&autostart=1` (one-click starts from other pages) into form
 * values; anything invalid is dropped rather than shown as an error the visitor did not make.
 */
import { LEVELS, TRACKS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { firstParam } from "@/app/_components/search-params";
import { MAX_FOCUS_TAGS, MAX_QUESTIONS } from "@/server/contracts/interviews";

export interface TStartPrefill {
  track: TTrack | null;
  level: TLevel | null;
  count: number | null;
  tags: string[];
  /** `?questions=id,id`: ask these first (a review item). */
  questionIds: string[];
  autostart: boolean;
}

type TSearchParams = Record<string, string | string[] | undefined>;

/** Tags in the question bank are lower-case and hyphenated ("system-design"); typed ones are made to match. */
export function normalizeTag(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, "-").slice(0, 40);
}

export function parsePrefill(params: TSearchParams): TStartPrefill {
  const track = firstParam(params.track);
  const level = firstParam(params.level);
  const count = Number(firstParam(params.count));
  const tags = (Array.isArray(params.tags) ? params.tags : [params.tags ?? ""])
    .flatMap((value) => value.split(","))
    .map(normalizeTag)
    .filter((tag) => tag.length > 0);
  return {
    track: (TRACKS as readonly string[]).includes(track ?? "") ? (track as TTrack) : null,
    level: (LEVELS as readonly string[]).includes(level ?? "") ? (level as TLevel) : null,
    count: Number.isInteger(count) && count >= 1 && count <= MAX_QUESTIONS ? count : null,
    tags: [...new Set(tags)].slice(0, MAX_FOCUS_TAGS),
    questionIds: (firstParam(params.questions) ?? "")
      .split(",")
      .filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
      .slice(0, 10),
    autostart: firstParam(params.autostart) === "1",
  };
}

/** The query string again (for the sign-in callback), from the raw params. */
export function queryStringOf(params: TSearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, item);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
