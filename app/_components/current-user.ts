import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { serverCaller } from "@/app/_trpc/server";

/** Who is signed in, read once per request however many server components ask (header, banner, page). */
export const getCurrentUser = cache(async () => {
  const caller = await serverCaller();
  const session = await caller.auth.session();
  return session?.user ?? null;
});

/**
 * For the header and banner on every page: when the account lookup fails (database restarting),
 * the page still renders, as signed out, instead of turning into an error page.
 */
export async function getCurrentUserOrNull() {
  try {
    return await getCurrentUser();
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

/**
 * The signed-in user for a page that needs one; anyone else goes to sign-in, which brings them
 * back to `returnTo` (a path, already URL-safe: "/history", "%2Fsettings%23billing").
 */
export async function requireUser(returnTo: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${returnTo}`);
  return user;
}
