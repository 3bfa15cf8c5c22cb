/**
 * "Connected accounts": which sign-in providers a user has linked, and unlinking one — but never the
 * last way to sign in (no password and a single provider), or the account would be locked for good.
 */
import { and, eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { accounts, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { configuredOAuthProviders, providerName, type TOAuthProviderInfo } from "./oauth-providers";

export interface TConnectedAccounts {
  /** Whether the account has a password (email + password sign-in works). */
  hasPassword: boolean;
  /** Every configured provider and every linked one (a provider may be linked but no longer configured). */
  providers: Array<{ id: string; name: string; configured: boolean; connected: boolean }>;
}

export async function listConnectedAccounts(
  db: TDatabase,
  userId: string,
  configured: TOAuthProviderInfo[] = configuredOAuthProviders(),
): Promise<TConnectedAccounts> {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("NOT_FOUND", "This account no longer exists.");
  const linked = new Set(
    (await db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId))).map((row) => row.provider),
  );
  const ids = [...new Set([...configured.map((provider) => provider.id), ...linked])];
  return {
    hasPassword: user.passwordHash !== null,
    providers: ids.map((id) => ({
      id,
      name: configured.find((provider) => provider.id === id)?.name ?? providerName(id),
      configured: configured.some((provider) => provider.id === id),
      connected: linked.has(id),
    })),
  };
}

export const LAST_SIGN_IN_METHOD_MESSAGE =
  "This is your only way to sign in. Set a password first (use “Forgot password?” on the sign-in page) or connect another provider, then disconnect this one.";

/**
 * Unlinks a provider. The user row is locked first so two unlinks at once cannot both see "another
 * way to sign in remains" and leave none.
 */
export async function unlinkAccount(db: TDatabase, input: { userId: string; provider: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!user) throw new AppError("NOT_FOUND", "This account no longer exists.");
    const linked = await tx.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, input.userId));
    if (!linked.some((row) => row.provider === input.provider)) {
      const provider = providerName(input.provider);
      throw new AppError("NOT_FOUND", `${provider} is not connected to your account.`).withText("server.providerNotConnected", { provider });
    }
    const others = linked.filter((row) => row.provider !== input.provider).length;
    if (!user.passwordHash && others === 0) throw new AppError("CONFLICT", LAST_SIGN_IN_METHOD_MESSAGE);
    await tx.delete(accounts).where(and(eq(accounts.userId, input.userId), eq(accounts.provider, input.provider)));
  });
}
