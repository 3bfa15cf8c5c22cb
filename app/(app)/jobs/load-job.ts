import "server-only";
import { loadOwn } from "@/app/_components/load-own";

/** The signed-in user's job target; another user's id or a bad id is a 404. */
export async function loadOwnJob(id: string, returnTo: string) {
  return loadOwn(id, returnTo, async (caller) => (await caller.jobTargets.get({ id })).jobTarget);
}
