import { and, eq, isNull } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { accounts, users } from "@/db/schema";
import { normalizeEmail } from "./normalize-email";

/** Whether the provider's profile says the email address is verified (each names it differently). */
export function providerVerifiedEmail(provider: string, profile: Record<string, unknown> | null): boolean {
  if (!profile) return false;
  if (provider === "google" || provider === "linkedin") return profile.email_verified === true || profile.email_verified === "true";
  // GitHub's profile carries no verified flag for the address it returns: never trust it for linking.
  return false;
}

/** Error codes the sign-in page (signed out) and "Connected accounts" (signed in) put into words. */
export type TOAuthRefusal =
  | "AccountSuspended"
  | "OAuthNoEmail"
  | "OAuthAccountNotLinked"
  | "OAuthEmailUnverified"
  | "OAuthAccountTaken";

/**
 * Decides an OAuth sign-in before Auth.js creates or links anything. Returns true, or the path of the
 * page that explains the refusal.
 *
 * Signed in (`signedInUserId`): the provider account is attached to that user — they proved both
 * identities — unless it already belongs to someone else.
 *
 * Signed out, the email matching an existing account: link only when the provider vouches for the
 * email AND the local account's email is verified. An unverified local account may be an attacker's
 * pre-registration of the victim's address (pre-account takeover): linking would let the attacker's
 * password and sessions share the victim's account. We refuse rather than hand the account over:
 * taking it over would give the real owner an account whose profile, data and billing someone else
 * may have set up, while refusing loses nothing — the owner proves the mailbox by verifying or
 * resetting the password (which verifies the email and ends every other session and token), then
 * connects the provider from Settings or signs in with it again.
 */
export async function mayLinkOAuthAccount(
  db: TDatabase,
  input: {
    email: string | null;
    provider: string;
    providerAccountId: string;
    profile: Record<string, unknown> | null;
    signedInUserId?: string | null;
  },
): Promise<true | string> {
  const [linked] = await db
    .select({ userId: users.id, status: users.status })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.provider, input.provider), eq(accounts.providerAccountId, input.providerAccountId)));
  if (input.signedInUserId) {
    if (linked && linked.userId !== input.signedInUserId) return connectedAccountsPage("OAuthAccountTaken");
    return true;
  }
  if (linked) return linked.status === "active" ? true : signInPage("AccountSuspended");
  if (!input.email) return signInPage("OAuthNoEmail");
  const [existing] = await db
    .select({ status: users.status, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.email, normalizeEmail(input.email)));
  if (!existing) return true;
  if (existing.status !== "active") return signInPage("AccountSuspended");
  if (!providerVerifiedEmail(input.provider, input.profile)) return signInPage("OAuthAccountNotLinked");
  if (!existing.emailVerified) return signInPage("OAuthEmailUnverified");
  return true;
}

function signInPage(error: TOAuthRefusal): string {
  return `/sign-in?error=${error}`;
}

function connectedAccountsPage(error: TOAuthRefusal): string {
  return `/settings?linkError=${error}#connected-accounts`;
}

/**
 * After an OAuth sign-in: when the provider vouches for the very address the account has, that
 * address is proven, as a verification link would prove it (accounts created through OAuth start
 * unverified). Only that user's own provider account can do this, so it cannot verify someone else's.
 */
export async function markEmailVerifiedByProvider(
  db: TDatabase,
  input: { userId: string; email: string | null; provider: string; profile: Record<string, unknown> | null },
): Promise<void> {
  if (!input.email || !providerVerifiedEmail(input.provider, input.profile)) return;
  await db
    .update(users)
    .set({ emailVerified: new Date() })
    .where(and(eq(users.id, input.userId), eq(users.email, normalizeEmail(input.email)), isNull(users.emailVerified)));
}
