import "server-only";
import { cache } from "react";
import { loadOwn } from "@/app/_components/load-own";
import type { TInterview } from "@/server/contracts/interviews";

/**
 * The signed-in user's interview, for the pages under /interviews/[id] and /practice/[id].
 * Not signed in: to sign-in. Not a uuid, or someone else's interview: notFound(). Called first
 * from the segment's layout, outside its loading boundary, so the answer is a real 307 or 404
 * before anything streams (inside the boundary the status is already 200); the page then gets
 * the same interview from this per-request cache.
 */
export const loadOwnInterview = cache(
  async (id: string, returnTo: string): Promise<TInterview> => loadOwn(id, returnTo, async (caller) => (await caller.interviews.get({ id })).interview),
);
