import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { getCurrentUser } from "@/app/_components/current-user";
import { serverCaller } from "@/app/_trpc/server";
import { toAppError } from "@/server/errors";
import type { TInterview } from "@/server/contracts/interviews";

/**
 * The signed-in user's interview, for the pages under /interviews/[id] and /practice/[id].
 * Not signed in: to sign-in. Not a uuid, or someone else's interview: notFound(). Called first
 * from the segment's layout, outside its loading boundary, so the answer is a real 307 or 404
 * before anything streams (inside the boundary the status is already 200); the page then gets
 * the same interview from this per-request cache.
 */
export const loadOwnInterview = cache(async (id: string, returnTo: string): Promise<TInterview> => {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return (await (await serverCaller()).interviews.get({ id })).interview;
  } catch (error) {
    const code = toAppError(error).code;
    if (code === "NOT_FOUND" || code === "VALIDATION_ERROR") notFound();
    throw error;
  }
});
