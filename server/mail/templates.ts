/**
 * Every email Rehearse sends, as plain functions returning { subject, text, html } in the recipient's
 * language (`locale`, their saved preference; English when not given). The words live in
 * server/i18n/messages/<locale>/email.json. Callers build links with links.ts and queue the result
 * with queueEmail (send-email.ts).
 */
import { EMAIL_TOKEN_TTL_MS } from "@/server/auth/email-tokens";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { emailTranslator, type TEmailTranslator } from "./email-translator";
import { renderEmail, type EmailAction, type RenderedEmail } from "./render-email";

export type { RenderedEmail } from "./render-email";

/** Every template takes the recipient's language (users.language); absent or null means English. */
interface TLocalized {
  locale?: TLanguage | null;
}

/** The email sections with a subject and an action label of their own. */
type TActionEmail = "verification" | "passwordReset" | "emailChange" | "passwordChanged" | "signUpAttempt" | "emailChangedNotice" | "reviewsDue" | "weeklySummary";

/**
 * The common shape: the section's subject, a greeting, the body, its action button and fine print,
 * all in the recipient's language. `body` writes the paragraphs and fine print with the same translator.
 */
function actionEmail(
  section: TActionEmail,
  input: { name: string; locale?: TLanguage | null },
  link: string,
  body: (t: TEmailTranslator) => { paragraphs: string[]; finePrint?: string[]; subjectValues?: Record<string, number> },
): RenderedEmail {
  const t = emailTranslator(input.locale);
  const { paragraphs, finePrint, subjectValues } = body(t);
  // The section names are checked by the union above; next-intl's key type cannot follow a template.
  const key = (name: "subject" | "action") => `${section}.${name}` as Parameters<TEmailTranslator>[0];
  return renderEmail(t(key("subject"), subjectValues as never), { name: input.name, paragraphs, action: { label: t(key("action")), link }, finePrint }, input.locale);
}

/** "24 hours", "24 часа", "24시간": read from the token lifetimes so the email never promises a different one. */
function lifetime(t: TEmailTranslator, ms: number): string {
  return t("layout.hours", { hours: Math.round(ms / 3_600_000) });
}

export function verificationEmail(input: { name: string; link: string } & TLocalized): RenderedEmail {
  return actionEmail("verification", input, input.link, (t) => ({
    paragraphs: [t("verification.body")],
    finePrint: [t("verification.expires", { lifetime: lifetime(t, EMAIL_TOKEN_TTL_MS.verify_email) }), t("verification.notYou")],
  }));
}

export function passwordResetEmail(input: { name: string; link: string } & TLocalized): RenderedEmail {
  return actionEmail("passwordReset", input, input.link, (t) => ({
    paragraphs: [t("passwordReset.body")],
    finePrint: [t("passwordReset.expires", { lifetime: lifetime(t, EMAIL_TOKEN_TTL_MS.reset_password) }), t("passwordReset.notYou")],
  }));
}

/** Sent to the new address: the change happens only once its owner follows the link. */
export function emailChangeEmail(input: { name: string; link: string; newEmail: string } & TLocalized): RenderedEmail {
  return actionEmail("emailChange", input, input.link, (t) => ({
    paragraphs: [t("emailChange.body", { newEmail: input.newEmail }), t("emailChange.until")],
    finePrint: [t("emailChange.expires", { lifetime: lifetime(t, EMAIL_TOKEN_TTL_MS.verify_email) }), t("emailChange.notYou")],
  }));
}

/** A notice after the fact; `resetLink` leads to "forgot password" in case it was not the owner. */
export function passwordChangedEmail(input: { name: string; resetLink: string } & TLocalized): RenderedEmail {
  return actionEmail("passwordChanged", input, input.resetLink, (t) => ({ paragraphs: [t("passwordChanged.body"), t("passwordChanged.notYou")] }));
}

/**
 * Later features (support replies, quota warnings, failed payments) compose their message here; the
 * subject, paragraphs and action arrive already in `locale`.
 */
export function notificationEmail(
  input: { name?: string; subject: string; paragraphs: string[]; action?: EmailAction } & TLocalized,
): RenderedEmail {
  const t = emailTranslator(input.locale);
  return renderEmail(
    input.subject,
    { name: input.name, paragraphs: input.paragraphs, action: input.action, finePrint: [t("layout.accountFinePrint")] },
    input.locale,
  );
}

/**
 * Sent instead of a second account when someone registers with an address that has one: the
 * sign-up page answers the same either way, so only the owner learns the account exists.
 */
export function signUpAttemptEmail(input: { name: string; signInLink: string; resetLink: string } & TLocalized): RenderedEmail {
  return actionEmail("signUpAttempt", input, input.signInLink, (t) => ({
    paragraphs: [t("signUpAttempt.body"), t("signUpAttempt.ifYou"), t("signUpAttempt.forgot", { link: input.resetLink })],
    finePrint: [t("signUpAttempt.notYou")],
  }));
}

/** Sent to the OLD address once an email change is confirmed: the owner learns of it even if it was not them. */
export function emailChangedNoticeEmail(input: { name: string; newEmail: string; contactLink: string } & TLocalized): RenderedEmail {
  return actionEmail("emailChangedNotice", input, input.contactLink, (t) => ({
    paragraphs: [t("emailChangedNotice.body", { newEmail: input.newEmail }), t("emailChangedNotice.notYou")],
  }));
}

/** Opt-in reminders carry their unsubscribe link in the body as well as in List-Unsubscribe. */
function reminderFinePrint(t: TEmailTranslator, unsubscribeLink: string, what: "reviews" | "weekly"): string[] {
  return [t("reminder.why", { what }), t("reminder.unsubscribe", { link: unsubscribeLink })];
}

export function reviewsDueEmail(
  input: { name: string; dueCount: number; questions: string[]; link: string; unsubscribeLink: string } & TLocalized,
): RenderedEmail {
  return actionEmail("reviewsDue", input, input.link, (t) => ({
    subjectValues: { count: input.dueCount },
    paragraphs: [t("reviewsDue.body", { count: input.dueCount }), ...input.questions.map((question) => `• ${question}`)],
    finePrint: reminderFinePrint(t, input.unsubscribeLink, "reviews"),
  }));
}

export interface TWeeklySummaryFigures {
  answers: number;
  averageScore: number | null;
  completedInterviews: number;
  reviewsDue: number;
}

function weeklyParagraphs(t: TEmailTranslator, figures: TWeeklySummaryFigures): string[] {
  const { answers, averageScore, completedInterviews, reviewsDue } = figures;
  const paragraphs =
    answers === 0
      ? [t("weeklySummary.idle")]
      : [
          averageScore === null
            ? t("weeklySummary.answered", { count: answers })
            : t("weeklySummary.answeredWithScore", { count: answers, score: averageScore }),
          t("weeklySummary.interviews", { count: completedInterviews }),
        ];
  if (reviewsDue > 0) paragraphs.push(t("weeklySummary.due", { count: reviewsDue }));
  return paragraphs;
}

export function weeklySummaryEmail(
  input: { name: string; figures: TWeeklySummaryFigures; link: string; unsubscribeLink: string } & TLocalized,
): RenderedEmail {
  return actionEmail("weeklySummary", input, input.link, (t) => ({
    paragraphs: weeklyParagraphs(t, input.figures),
    finePrint: reminderFinePrint(t, input.unsubscribeLink, "weekly"),
  }));
}

/** A staff reply to a support request; `link` is null when the writer has no account to open it in. */
export function supportReplyEmail(input: { name?: string; ticketSubject: string; message: string; link: string | null } & TLocalized): RenderedEmail {
  const t = emailTranslator(input.locale);
  return notificationEmail({
    locale: input.locale,
    name: input.name,
    subject: t("support.subject", { subject: input.ticketSubject }),
    paragraphs: [t("support.replied"), input.message],
    action: input.link ? { label: t("support.action"), link: input.link } : undefined,
  });
}
