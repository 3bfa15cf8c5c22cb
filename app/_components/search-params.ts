/** Reading and writing a page's query string (Next passes `?q=a&q=b` as an array). */

export type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a search parameter (`?q=a&q=b` → "a"). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A 1-based page number from `?page=`; anything odd is page 1. */
export function pageParam(value: string | string[] | undefined): number {
  const page = Number(firstParam(value));
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

/** `/path?a=1&b=2` from the parameters that have a value. */
export function hrefWith(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
