import "server-only";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/app/_components/current-user";
import { serverCaller } from "@/app/_trpc/server";
import { toAppError } from "@/server/errors";

/** The signed-in user's job target; another user's id or a bad id is a 404. */
export async function loadOwnJob(id: string, returnTo: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return (await (await serverCaller()).jobTargets.get({ id })).jobTarget;
  } catch (error) {
    if (toAppError(error).code === "NOT_FOUND") notFound();
    throw error;
  }
}
