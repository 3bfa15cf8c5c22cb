import { desc, eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { accounts, outboxEmails, tokenFamilies } from "@/db/schema";
import { getUser } from "./profile";
import { toPublicUser } from "./public-user";

/**
 * Everything we hold about a user, as one JSON document ("export my data"). Secrets (password
 * hash, token hashes, OAuth tokens) are described, never exported. Features that store more
 * about a user add their section here.
 */
export async function exportUserData(db: TDatabase, userId: string) {
  const user = await getUser(db, userId);
  const [linked, logins, emails] = await Promise.all([
    db.select({ provider: accounts.provider, type: accounts.type }).from(accounts).where(eq(accounts.userId, userId)),
    db
      .select({ createdAt: tokenFamilies.createdAt, revokedAt: tokenFamilies.revokedAt, revokedReason: tokenFamilies.revokedReason })
      .from(tokenFamilies)
      .where(eq(tokenFamilies.userId, userId))
      .orderBy(desc(tokenFamilies.createdAt)),
    db
      .select({ subject: outboxEmails.subject, status: outboxEmails.status, createdAt: outboxEmails.createdAt, sentAt: outboxEmails.sentAt })
      .from(outboxEmails)
      .where(eq(outboxEmails.to, user.email))
      .orderBy(desc(outboxEmails.createdAt)),
  ]);
  return {
    format: "rehearse-export/1" as const,
    exportedAt: new Date().toISOString(),
    user: {
      ...toPublicUser(user),
      status: user.status,
      emailVerifiedAt: user.emailVerified?.toISOString() ?? null,
      updatedAt: user.updatedAt.toISOString(),
    },
    linkedAccounts: linked,
    apiLogins: logins.map((login) => ({
      createdAt: login.createdAt.toISOString(),
      revokedAt: login.revokedAt?.toISOString() ?? null,
      revokedReason: login.revokedReason,
    })),
    emailsSent: emails.map((email) => ({
      subject: email.subject,
      status: email.status,
      createdAt: email.createdAt.toISOString(),
      sentAt: email.sentAt?.toISOString() ?? null,
    })),
  };
}

export type TUserExport = Awaited<ReturnType<typeof exportUserData>>;
