import { eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { and } from "drizzle-orm";
import { accounts, users } from "@/db/schema";
import { normalizeEmail } from "./normalize-email";

/** Whether the provider's profile says the email address is verified (each names it differently). */
export function providerVerifiedEmail(provider: string, profile: Record<string, unknown> | null): boolean {
  if (!profile) return false;
  if (provider === "google" || provider === "linkedin") return profile.email_verified === true || profile.email_verified === "true";
  // GitHub's profile carries no verified flag for the address it returns: never trust it for linking.
  return false;
}

/**
 * An OAuth sign-in whose email matches an existing account links to it only when the provider
 * vouches that the email is verified; otherwise anyone could create a provider account with a
 * victim's address and take over their Rehearse account. A new email just signs up.
 */
export async function mayLinkOAuthAccount(
  db: TDatabase,
  input: { email: string | null; provider: string; providerAccountId: string; profile: Record<string, unknown> | null },
): Promise<boolean | string> {
  const [linked] = await db
    .select({ status: users.status })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.provider, input.provider), eq(accounts.providerAccountId, input.providerAccountId)));
  if (linked) return linked.status === "active" ? true : "/sign-in?error=AccountSuspended";
  if (!input.email) return "/sign-in?error=OAuthNoEmail";
  const [existing] = await db.select({ id: users.id, status: users.status }).from(users).where(eq(users.email, normalizeEmail(input.email)));
  if (!existing) return true;
  if (existing.status !== "active") return "/sign-in?error=AccountSuspended";
  return providerVerifiedEmail(input.provider, input.profile) ? true : "/sign-in?error=OAuthAccountNotLinked";
}
