import { desc, eq } from "drizzle-orm";
import { candidateTests, hiddenValueScrubber } from "@/server/interviews/candidate-score";
import type { TDatabase } from "@/db";
import {
  accounts,
  answers,
  interviews,
  outboxEmails,
  payments,
  planGrants,
  scores,
  subscriptions,
  supportTickets,
  ticketMessages,
  tokenFamilies,
} from "@/db/schema";
import { exportJobTargets } from "@/server/job-targets/export";
import { exportRecordings } from "@/server/voice/recordings/export";
import { getUser } from "./profile";
import { toPublicUser } from "./public-user";

/**
 * Everything we hold about a user, as one JSON document ("export my data"). Secrets (password
 * hash, token hashes, OAuth tokens) are described, never exported. Features that store more
 * about a user add their section here.
 */
export async function exportUserData(db: TDatabase, userId: string) {
  const user = await getUser(db, userId);
  const [linked, logins, emails, interviewRows, answerRows, scoreRows, subscriptionRows, paymentRows, grantRows, tickets] = await Promise.all([
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
    db.select().from(interviews).where(eq(interviews.userId, userId)).orderBy(desc(interviews.startedAt)),
    db
      .select({
        id: answers.id,
        interviewId: answers.interviewId,
        questionId: answers.questionId,
        kind: answers.kind,
        prompt: answers.prompt,
        attempt: answers.attempt,
        text: answers.text,
        status: answers.status,
        timeSpentSeconds: answers.timeSpentSeconds,
        createdAt: answers.createdAt,
      })
      .from(answers)
      .where(eq(answers.userId, userId))
      .orderBy(desc(answers.createdAt)),
    db
      .select({
        answerId: scores.answerId,
        total: scores.total,
        dimensions: scores.dimensions,
        feedback: scores.feedback,
        codeTests: scores.codeTests,
        provider: scores.provider,
        model: scores.model,
        createdAt: scores.createdAt,
      })
      .from(scores)
      .innerJoin(answers, eq(answers.id, scores.answerId))
      .where(eq(answers.userId, userId)),
    db
      .select({ plan: subscriptions.plan, status: subscriptions.status, currentPeriodEnd: subscriptions.currentPeriodEnd, createdAt: subscriptions.createdAt })
      .from(subscriptions)
      .where(eq(subscriptions.userId, userId)),
    db
      .select({ amountCents: payments.amountCents, currency: payments.currency, paidAt: payments.paidAt })
      .from(payments)
      .where(eq(payments.userId, userId)),
    db.select({ plan: planGrants.plan, endsAt: planGrants.endsAt, createdAt: planGrants.createdAt }).from(planGrants).where(eq(planGrants.userId, userId)),
    db
      .select({ subject: supportTickets.subject, status: supportTickets.status, body: ticketMessages.body, fromStaff: ticketMessages.fromStaff, at: ticketMessages.createdAt })
      .from(supportTickets)
      .innerJoin(ticketMessages, eq(ticketMessages.ticketId, supportTickets.id))
      .where(eq(supportTickets.userId, userId)),
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
    interviews: interviewRows,
    answers: answerRows,
    // A coding score's hidden tests stay on the server here too: their values out of the words, the table as the candidate sees it.
    scores: scoreRows.map(({ codeTests, ...row }) => {
      const words = hiddenValueScrubber(codeTests);
      return {
        ...row,
        feedback: words(row.feedback),
        dimensions: row.dimensions.map((dimension) => ({ ...dimension, comment: words(dimension.comment) })),
        ...(codeTests ? { tests: candidateTests(codeTests) } : {}),
      };
    }),
    subscriptions: subscriptionRows,
    payments: paymentRows,
    planGrants: grantRows,
    supportMessages: tickets,
    jobTargets: await exportJobTargets(db, userId),
    recordings: await exportRecordings(db, userId),
  };
}

export type TUserExport = Awaited<ReturnType<typeof exportUserData>>;
