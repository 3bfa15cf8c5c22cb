/**
 * Every email Rehearse sends, as plain functions returning { subject, text, html }.
 * Callers build links with links.ts and queue the result with queueEmail (send-email.ts).
 */
import { EMAIL_TOKEN_TTL_MS } from "@/server/auth/email-tokens";
import { renderEmail, type EmailAction, type RenderedEmail } from "./render-email";

export type { RenderedEmail } from "./render-email";

/** "24 hours", "1 hour": read from the token lifetimes so the email never promises a different one. */
function lifetime(ms: number): string {
  const hours = Math.round(ms / 3_600_000);
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

export function verificationEmail(input: { name: string; link: string }): RenderedEmail {
  return renderEmail("Confirm your email address for Rehearse", {
    name: input.name,
    paragraphs: ["Thanks for signing up for Rehearse. Confirm your email address to finish setting up your account."],
    action: { label: "Confirm email address", link: input.link },
    finePrint: [
      `This link works once and expires in ${lifetime(EMAIL_TOKEN_TTL_MS.verify_email)}.`,
      "If you did not create a Rehearse account, you can ignore this email.",
    ],
  });
}

export function passwordResetEmail(input: { name: string; link: string }): RenderedEmail {
  return renderEmail("Reset your Rehearse password", {
    name: input.name,
    paragraphs: ["We received a request to reset the password of your Rehearse account. Choose a new one with the link below."],
    action: { label: "Choose a new password", link: input.link },
    finePrint: [
      `This link works once and expires in ${lifetime(EMAIL_TOKEN_TTL_MS.reset_password)}.`,
      "If you did not ask to reset your password, ignore this email: your password stays as it is.",
    ],
  });
}

/** Sent to the new address: the change happens only once its owner follows the link. */
export function emailChangeEmail(input: { name: string; link: string; newEmail: string }): RenderedEmail {
  return renderEmail("Confirm your new email address for Rehearse", {
    name: input.name,
    paragraphs: [
      `You asked to use ${input.newEmail} as the email address of your Rehearse account.`,
      "Confirm it to finish the change. Until then, you keep signing in with your current address.",
    ],
    action: { label: "Confirm new email address", link: input.link },
    finePrint: [
      `This link works once and expires in ${lifetime(EMAIL_TOKEN_TTL_MS.verify_email)}.`,
      "If you did not ask for this, ignore this email: nothing changes.",
    ],
  });
}

/** A notice after the fact; `resetLink` leads to "forgot password" in case it was not the owner. */
export function passwordChangedEmail(input: { name: string; resetLink: string }): RenderedEmail {
  return renderEmail("Your Rehearse password was changed", {
    name: input.name,
    paragraphs: [
      "The password of your Rehearse account was just changed. If you did this, there is nothing else to do.",
      "If you did not, reset your password now to lock anyone else out of your account.",
    ],
    action: { label: "Reset my password", link: input.resetLink },
  });
}

/** Later features (support replies, quota warnings, failed payments) compose their message here. */
export function notificationEmail(input: {
  name?: string;
  subject: string;
  paragraphs: string[];
  action?: EmailAction;
}): RenderedEmail {
  return renderEmail(input.subject, {
    name: input.name,
    paragraphs: input.paragraphs,
    action: input.action,
    finePrint: ["You receive this email because you have a Rehearse account."],
  });
}

/**
 * Sent instead of a second account when someone registers with an address that has one: the
 * sign-up page answers the same either way, so only the owner learns the account exists.
 */
export function signUpAttemptEmail(input: { name: string; signInLink: string; resetLink: string }): RenderedEmail {
  return renderEmail("Someone tried to sign up to Rehearse with your email", {
    name: input.name,
    paragraphs: [
      "Someone (perhaps you) just tried to create a Rehearse account with this email address. You already have an account, so we did not create another one.",
      "If it was you, sign in with the button below.",
      `Forgot your password? Choose a new one here: ${input.resetLink}`,
    ],
    action: { label: "Sign in to Rehearse", link: input.signInLink },
    finePrint: ["If it was not you, you can ignore this email: nobody can use your account without your password."],
  });
}

/** Sent to the OLD address once an email change is confirmed: the owner learns of it even if it was not them. */
export function emailChangedNoticeEmail(input: { name: string; newEmail: string; contactLink: string }): RenderedEmail {
  return renderEmail("The email address of your Rehearse account was changed", {
    name: input.name,
    paragraphs: [
      `The email address of your Rehearse account was just changed to ${input.newEmail}. From now on, sign in with that address; this one gets no more emails from us.`,
      "If you did this, there is nothing else to do. If you did not, someone else may have your password: contact us right away and we will lock the account.",
    ],
    action: { label: "Contact support", link: input.contactLink },
  });
}

/** Opt-in reminders carry their unsubscribe link in the body as well as in List-Unsubscribe. */
function reminderFinePrint(unsubscribeLink: string, what: string): string[] {
  return [
    `You receive this email because you turned on ${what} in your Rehearse settings.`,
    `Unsubscribe with one click: ${unsubscribeLink}`,
  ];
}

export function reviewsDueEmail(input: { name: string; dueCount: number; questions: string[]; link: string; unsubscribeLink: string }): RenderedEmail {
  const count = input.dueCount === 1 ? "1 question is" : `${input.dueCount} questions are`;
  return renderEmail(`${input.dueCount === 1 ? "1 review" : `${input.dueCount} reviews`} due today on Rehearse`, {
    name: input.name,
    paragraphs: [
      `${count} due for review today: answering again now, while it is still fresh, is what makes it stick.`,
      ...input.questions.map((question) => `• ${question}`),
    ],
    action: { label: "Review now", link: input.link },
    finePrint: reminderFinePrint(input.unsubscribeLink, "review reminders"),
  });
}

export interface TWeeklySummaryFigures {
  answers: number;
  averageScore: number | null;
  completedInterviews: number;
  reviewsDue: number;
}

export function weeklySummaryEmail(input: { name: string; figures: TWeeklySummaryFigures; link: string; unsubscribeLink: string }): RenderedEmail {
  const { answers, averageScore, completedInterviews, reviewsDue } = input.figures;
  const paragraphs =
    answers === 0
      ? ["You did not answer any questions in the last seven days. Ten minutes today keeps your skills warm."]
      : [
          `In the last seven days you answered ${answers === 1 ? "1 question" : `${answers} questions`}` +
            (averageScore === null ? "." : ` with an average score of ${averageScore} out of 100.`),
          `Interviews completed: ${completedInterviews}.`,
        ];
  if (reviewsDue > 0) paragraphs.push(`${reviewsDue === 1 ? "1 question is" : `${reviewsDue} questions are`} due for review.`);
  return renderEmail("Your week on Rehearse", {
    name: input.name,
    paragraphs,
    action: { label: "See your progress", link: input.link },
    finePrint: reminderFinePrint(input.unsubscribeLink, "the weekly summary"),
  });
}
