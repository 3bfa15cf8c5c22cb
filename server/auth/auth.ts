/**
 * Auth.js (next-auth v5) for the browser: email + password through the Credentials provider,
 * and Google / GitHub / LinkedIn when their client id and secret are configured. Sessions are
 * JWTs in an HttpOnly cookie (SameSite=Lax; `__Secure-` and Secure under https) that name a row in
 * browser_sessions (`sid`). The jwt callback re-checks user and row on every request, so signing out
 * (the row is deleted), a suspension, a password change or "sign out everywhere" ends a session at
 * once, even for a copy of the cookie. Every URL Auth.js hands out is built from APP_URL (AUTH_URL
 * is derived from it in server/env.ts).
 */
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { NextRequest } from "next/server";
import { getDb } from "@/server/db";
import { accounts, users } from "@/db/schema";
import { authenticateWithPassword } from "@/server/auth/authenticate";
import { ZSignInInputSchema } from "@/server/contracts/auth";
import { loadSessionUser } from "@/server/auth/session-user";
import type { TRole } from "@/server/contracts/vocabulary/roles";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { clientIp } from "@/server/client-ip";
import { logger } from "@/server/logger";
import { appUrl, resolveRedirect, usesSecureCookies } from "./app-url";
import { endBrowserSession, SESSION_IDLE_SECONDS, SESSION_RENEW_SECONDS, startBrowserSession } from "./browser-sessions";
import { markEmailVerifiedByProvider, mayLinkOAuthAccount } from "./oauth-linking";
import { oauthProviders } from "./oauth-providers";
import type { TCookieSession } from "./session-cookie";

export { configuredOAuthProviders } from "./oauth-providers";

class WrongCredentials extends CredentialsSignin {
  code = "wrong_credentials";
}
class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}
class AccountSuspended extends CredentialsSignin {
  code = "suspended";
}

/**
 * Who was signed in when a request reached /api/auth/callback/*, as the route handler checked it
 * (app/api/auth/[...nextauth]/route.ts). Keyed by the request object Auth.js hands to our config.
 */
export const callbackSessions = new WeakMap<Request, Extract<TCookieSession, { state: "valid" }>>();

type TProfile = Record<string, unknown> | null;

function config(request: NextRequest | undefined): NextAuthConfig {
  const env = getEnv();
  const signedIn = request ? callbackSessions.get(request) ?? null : null;
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    useSecureCookies: usesSecureCookies(env.APP_URL),
    adapter: DrizzleAdapter(getDb(), { usersTable: users, accountsTable: accounts } as never),
    // maxAge is the cookie's (and the JWT's) lifetime; it matches the idle timeout and is re-issued
    // whenever /api/auth/session is read (SessionKeepAlive does so hourly). Auth.js ignores updateAge for
    // JWT sessions; browser_sessions applies the same renewal interval to the server-side deadline.
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_RENEW_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      error: (error) => logger().warn({ event: "auth_error", name: error.name }, "auth.js error"),
      warn: (code) => logger().warn({ event: "auth_warning", code }, "auth.js warning"),
      debug: () => {},
    },
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, req) {
          const parsed = ZSignInInputSchema.safeParse(raw);
          if (!parsed.success) throw new WrongCredentials();
          try {
            const user = await authenticateWithPassword(getDb(), { ...parsed.data, ip: clientIp(req), via: "web" });
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
    events: {
      // Both the header's button (next-auth/react) and a plain POST /api/auth/signout end up here.
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await endBrowserSession(getDb(), sid);
      },
    },
    callbacks: {
      redirect: ({ url }) => resolveRedirect(url, env.APP_URL),
      async signIn({ user, account, profile }) {
        if (!account || account.type === "credentials") return true;
        const decision = await mayLinkOAuthAccount(getDb(), {
          email: user.email ?? null,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          profile: (profile as TProfile | undefined) ?? null,
          signedInUserId: signedIn?.userId ?? null,
        });
        return decision === true ? true : appUrl(decision, env.APP_URL);
      },
      async jwt({ token, user, account, profile, trigger }) {
        const db = getDb();
        if (user?.id && (trigger === "signIn" || trigger === "signUp")) {
          if (account && account.type !== "credentials") {
            // The address the provider vouches for is the one in its profile, not necessarily the account's.
            const providerProfile = (profile as TProfile | undefined) ?? null;
            const providerEmail = typeof providerProfile?.email === "string" ? providerProfile.email : null;
            await markEmailVerifiedByProvider(db, { userId: user.id, email: providerEmail, provider: account.provider, profile: providerProfile });
          }
          const fresh = await loadFreshUser(user.id);
          if (!fresh) return null;
          // Signing in again over a live session (linking a provider, for one) replaces it: the old cookie must not stay good.
          if (signedIn) await endBrowserSession(db, signedIn.sid);
          const sid = await startBrowserSession(db, fresh.id);
          return { ...token, uid: fresh.id, sv: fresh.sessionVersion, sid, role: fresh.role, name: fresh.name, email: fresh.email };
        }
        if (typeof token.uid !== "string" || typeof token.sv !== "number") return null;
        const current = await loadSessionUser(db, { userId: token.uid, sessionVersion: token.sv, sid: typeof token.sid === "string" ? token.sid : null });
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
            role: token.role as TRole,
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

export const { handlers, auth, signOut } = NextAuth((request) => config(request));
