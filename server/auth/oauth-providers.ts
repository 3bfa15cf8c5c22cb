/** The OAuth providers whose client id and secret are configured (none by default). */
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import LinkedIn from "next-auth/providers/linkedin";
import type { Provider } from "next-auth/providers";
import { getEnv } from "@/server/env";

export function oauthProviders(): Provider[] {
  const env = getEnv();
  const providers: Provider[] = [];
  // allowDangerousEmailAccountLinking is gated by our signIn callback (mayLinkOAuthAccount): it links
  // only a provider-verified email onto a verified local account.
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(Google({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET, allowDangerousEmailAccountLinking: true }));
  }
  if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET) {
    providers.push(GitHub({ clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET, allowDangerousEmailAccountLinking: true }));
  }
  if (env.LINKEDIN_CLIENT_ID && env.LINKEDIN_CLIENT_SECRET) {
    providers.push(LinkedIn({ clientId: env.LINKEDIN_CLIENT_ID, clientSecret: env.LINKEDIN_CLIENT_SECRET, allowDangerousEmailAccountLinking: true }));
  }
  return providers;
}

export interface TOAuthProviderInfo {
  id: string;
  name: string;
}

/** Ids and names of the configured OAuth providers, for the sign-in page and "Connected accounts". */
export function configuredOAuthProviders(): TOAuthProviderInfo[] {
  return oauthProviders().map((provider) => {
    const value = typeof provider === "function" ? provider() : provider;
    return { id: value.id, name: value.name };
  });
}

const KNOWN_NAMES: Record<string, string> = { google: "Google", github: "GitHub", linkedin: "LinkedIn" };

/** A provider's display name, also for one that is linked but no longer configured. */
export function providerName(id: string): string {
  return KNOWN_NAMES[id] ?? id;
}
