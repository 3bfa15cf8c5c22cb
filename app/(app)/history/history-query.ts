import { z } from "zod";
import { ZInterviewStatusSchema, type TInterviewStatus } from "@/server/contracts/vocabulary/statuses";
import { ZLevelSchema, ZTrackSchema, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { firstParam } from "@/app/_components/search-params";

export const PAGE_SIZE = 10;
/** Earlier pages kept in the URL so "← Newer" works without JavaScript or session state. */
const MAX_TRAIL = 50;

const ZCursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/);

export interface THistoryQuery {
  track?: TTrack;
  level?: TLevel;
  status?: TInterviewStatus;
  cursor?: string;
  /** Cursors of the pages before this one, oldest page first (the first page has none). */
  trail: string[];
}

type TSearchParams = Record<string, string | string[] | undefined>;

/** The first value, or undefined when empty. */
function first(value: string | string[] | undefined): string | undefined {
  return firstParam(value) || undefined;
}

/** Reads the URL leniently: a value that is not allowed is dropped, never an error page. */
export function parseHistoryQuery(params: TSearchParams): THistoryQuery {
  const track = ZTrackSchema.safeParse(first(params.track));
  const level = ZLevelSchema.safeParse(first(params.level));
  const status = ZInterviewStatusSchema.safeParse(first(params.status));
  const cursor = ZCursorSchema.safeParse(first(params.cursor));
  const trail = (first(params.trail) ?? "")
    .split(",")
    .filter((entry) => ZCursorSchema.safeParse(entry).success)
    .slice(-MAX_TRAIL);
  return {
    track: track.success ? track.data : undefined,
    level: level.success ? level.data : undefined,
    status: status.success ? status.data : undefined,
    cursor: cursor.success ? cursor.data : undefined,
    trail: cursor.success ? trail : [],
  };
}

export function hasFilters(query: THistoryQuery): boolean {
  return Boolean(query.track || query.level || query.status);
}

/** The /history URL for these filters and page. */
export function historyHref(query: Pick<THistoryQuery, "track" | "level" | "status"> & { cursor?: string; trail?: string[] }): string {
  const params = new URLSearchParams();
  if (query.track) params.set("track", query.track);
  if (query.level) params.set("level", query.level);
  if (query.status) params.set("status", query.status);
  if (query.cursor) params.set("cursor", query.cursor);
  if (query.cursor && query.trail?.length) params.set("trail", query.trail.join(","));
  const search = params.toString();
  return search ? `/history?${search}` : "/history";
}

export function olderHref(query: THistoryQuery, nextCursor: string): string {
  return historyHref({ ...query, cursor: nextCursor, trail: query.cursor ? [...query.trail, query.cursor] : [] });
}

export function newerHref(query: THistoryQuery): string {
  return historyHref({ ...query, cursor: query.trail.at(-1), trail: query.trail.slice(0, -1) });
}
