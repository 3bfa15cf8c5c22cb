/**
 * Auth.js (next-auth v5) for the browser: email + password through the Credentials provider,
 * and Google / GitHub / LinkedIn when their client id and secret are configured. Sessions are
 * JWTs in an HttpOnly cookie (SameSite=Lax; `__Secure-` and Secure under https); the jwt callback
 * re-checks the user on every request, so a suspension, password change or "sign out everywhere"
 * ends a session at once.
 */
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import LinkedIn from "next-auth/providers/linkedin";
import type { Provider } from "next-auth/providers";
import { getDb } from "@/db";
import { accounts, users } from "@/db/schema";
import { authenticateWithPassword } from "@/server/accounts/authenticate";
import { ZSignInInputSchema } from "@/server/accounts/schemas";
import { loadSessionUser } from "@/server/accounts/session-user";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { clientIp } from "@/server/http/client-ip";
import { logger } from "@/server/logger";
import { mayLinkOAuthAccount } from "./oauth-linking";

class WrongCredentials extends CredentialsSignin {
  code = "wrong_credentials";
}
class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}
class AccountSuspended extends CredentialsSignin {
  code = "suspended";
}

function oauthProviders(): Provider[] {
  const env = getEnv();
  const providers: Provider[] = [];
  // allowDangerousEmailAccountLinking is gated by our signIn callback: it links only verified emails.
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

/** Ids of the OAuth providers that are configured, for the sign-in page. */
export function configuredOAuthProviders(): Array<{ id: string; name: string }> {
  return oauthProviders().map((provider) => {
    const value = typeof provider === "function" ? provider() : provider;
    return { id: value.id, name: value.name };
  });
}

function config(): NextAuthConfig {
  const env = getEnv();
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    adapter: DrizzleAdapter(getDb(), { usersTable: users, accountsTable: accounts } as never),
    session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      error: (error) => logger().warn({ event: "auth_error", name: error.name }, "auth.js error"),
      warn: (code) => logger().warn({ event: "auth_warning", code }, "auth.js warning"),
      debug: () => {},
    },
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, request) {
          const parsed = ZSignInInputSchema.safeParse(raw);
          if (!parsed.success) throw new WrongCredentials();
          try {
            const user = await authenticateWithPassword(getDb(), { ...parsed.data, ip: clientIp(request), via: "web" });
            return { id: user.id, email: user.email, name: user.name };
          } catch (error) {
            if (error instanceof AppError && error.code === "RATE_LIMITED") throw new TooManyAttempts();
            if (error instanceof AppError && error.code === "FORBIDDEN") throw new AccountSuspended();
            if (error instanceof AppError) throw new WrongCredentials();
            throw error;
          }
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.type === "credentials") return true;
        return mayLinkOAuthAccount(getDb(), {
          email: user.email ?? null,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          profile: (profile as Record<string, unknown> | undefined) ?? null,
        });
      },
      async jwt({ token, user, trigger }) {
        const db = getDb();
        if (user?.id && (trigger === "signIn" || trigger === "signUp")) {
          const fresh = await loadFreshUser(user.id);
          if (!fresh) return null;
          return { ...token, uid: fresh.id, sv: fresh.sessionVersion, sid: randomUUID(), role: fresh.role, name: fresh.name, email: fresh.email };
        }
        if (typeof token.uid !== "string" || typeof token.sv !== "number") return null;
        const current = await loadSessionUser(db, { userId: token.uid, sessionVersion: token.sv, sid: token.sid as string | undefined });
        if (!current) return null;
        return { ...token, sv: current.sessionVersion, role: current.role, name: current.name, email: current.email };
      },
      async session({ session, token }) {
        return {
          ...session,
          sid: token.sid as string,
          user: {
            ...session.user,
            id: token.uid as string,
            role: token.role as "user" | "admin",
            name: (token.name as string) ?? "",
            email: (token.email as string) ?? "",
          },
        };
      },
    },
  };
}

async function loadFreshUser(userId: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, userId));
  return row && row.status === "active" ? row : null;
}

export const { handlers, auth, signOut } = NextAuth(() => config());
