import "server-only";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/app/_components/current-user";
import { serverCaller } from "@/app/_trpc/server";
import { toAppError } from "@/server/errors";

type TServerCaller = Awaited<ReturnType<typeof serverCaller>>;

/**
 * One of the signed-in user's own records, for a page under /<kind>/[id]. Not signed in: to sign-in
 * (back to `returnTo` after). Not a uuid, or someone else's record: notFound(), so the page is a
 * plain 404 that does not tell whether the id exists.
 */
export async function loadOwn<T>(id: string, returnTo: string, load: (caller: TServerCaller, id: string) => Promise<T>): Promise<T> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await load(await serverCaller(), id);
  } catch (error) {
    const code = toAppError(error).code;
    if (code === "NOT_FOUND" || code === "VALIDATION_ERROR") notFound();
    throw error;
  }
}
