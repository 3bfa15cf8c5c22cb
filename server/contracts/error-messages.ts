/**
 * The English messages the contracts and the server write (Zod rules, AppErrors the forms show),
 * each with its key in the `errors` message catalog, so a form can show them in the reader's
 * language. The English catalog repeats these texts exactly (error-messages.test.ts checks), and a
 * message missing here is shown as written. Messages with a number in them match a pattern.
 */
import { PASSWORD_LENGTH_MESSAGES } from "./new-password";
import { CONTROL_CHARACTER_MESSAGE, INVISIBLE_ONLY_MESSAGE, LONE_SURROGATE_MESSAGE } from "./safe-string";

export const ERROR_MESSAGE_KEYS: Readonly<Record<string, string>> = {
  "We couldn’t reach Rehearse. Check your connection and try again.": "network",
  "Something went wrong on our side. Please try again.": "generic",
  [CONTROL_CHARACTER_MESSAGE]: "controlCharacters",
  [LONE_SURROGATE_MESSAGE]: "loneSurrogates",
  [INVISIBLE_ONLY_MESSAGE]: "invisibleOnly",
  [PASSWORD_LENGTH_MESSAGES.too_short]: "passwordTooShort",
  [PASSWORD_LENGTH_MESSAGES.too_long]: "passwordTooLong",
  "Enter your password.": "passwordRequired",
  "That password is longer than any we accept.": "passwordTooLongAny",
  "Enter your name.": "nameRequired",
  "A name has at most 100 characters.": "nameTooLong",
  "An email address has at most 254 characters.": "emailTooLong",
  "Enter a valid email address, like name@example.com.": "emailInvalid",
  "Give the subject (at least 3 characters).": "subjectTooShort",
  "At most 200 characters.": "max200",
  "At most 5,000 characters.": "max5000",
  "At most 10,000 characters.": "max10000",
  "Write a message.": "messageRequired",
  "Write a message (at least 10 characters).": "messageTooShort",
  "Tell us what the score missed (at least 5 characters).": "disputeTooShort",
  "This password is among the most commonly used; choose another.": "passwordCommon",
  "Don't use your email address (or the part before the @) in your password.": "passwordContainsEmail",
  "Your password is not correct.": "passwordIncorrect",
  "Your current password is not correct.": "currentPasswordIncorrect",
  "That is already your email address.": "sameEmail",
  "This requirement id is given more than once.": "requirementIdTwice",
  "Another account uses this email address.": "emailTaken",
  "Another account uses this email address now.": "emailTakenNow",
  "This reset link is invalid, already used or expired. Ask for a new one.": "resetLinkInvalid",
  "This verification link is invalid, already used or expired. Ask for a new one.": "verifyLinkInvalid",
  "This account is suspended. Contact support if you think this is a mistake.": "suspended",
  "Too many sign-ins at once. Please try again in a few seconds.": "signInsBusy",
  // What a candidate meets while practising (server/interviews, server/job-targets, server/support, the code runner).
  "Answer at least one question before completing the interview.": "completeNeedsAnswer",
  "Some answers are still being scored. Try again in a moment.": "stillScoring",
  "There is no follow-up question yet: answer the question and wait for its score first.": "noFollowUpYet",
  "This interview was abandoned; start a new one.": "interviewAbandoned",
  "Verify your email address before starting an interview. We can send the link again.": "verifyBeforeInterview",
  "Interview not found.": "interviewNotFound",
  "Job target not found.": "jobNotFound",
  "Ticket not found.": "ticketNotFound",
  "There are no questions for this track and level yet.": "noQuestionsForTrack",
  "Add at least one requirement to this job before practising for it.": "jobNeedsRequirement",
  "No question in the bank matches this job's requirements yet. Reword a requirement or add skills the bank covers.": "noMatchingQuestions",
  "A request with this Idempotency-Key is still being processed. Try again in a moment.": "requestInProgress",
  "The code runner is busy; try again in a moment": "codeRunnerBusy",
  "The code runner could not start": "codeRunnerUnavailable",
  "The code runner is shutting down": "codeRunnerStopping",
  "This question was answered in another tab or device since you opened it. Look at the current answer, or submit yours as a new attempt.": "staleAnswer",
  "This recording was already submitted with an answer; record a new one for another attempt.": "recordingAlreadySubmitted",
  "This answer is still being scored.": "answerStillScoring",
  "This question has had its 10 attempts in this interview. Start a new interview to practise it again.": "attemptLimit",
  // Failed requests a page can show (not found, the database briefly away, voice recordings, uploads, admin-only).
  "The service is briefly unavailable. Please try again in a few seconds.": "serviceUnavailable",
  "Account not found.": "accountNotFound",
  "This account no longer exists.": "accountGone",
  "Question not found.": "questionNotFound",
  "Interview or question not found.": "interviewItemNotFound",
  "Answer not found.": "answerNotFound",
  "Recording not found.": "recordingNotFound",
  "This question has no tests to run: it takes a written answer.": "noTestsToRun",
  "Upload a PDF, a Word document (.docx) or a plain-text file.": "uploadKinds",
  "The recording could not be stored right now; nothing was saved. Please upload it again in a minute.": "recordingNotStored",
  "The transcript is not ready yet; correct it once it appears.": "transcriptNotReady",
  "This recording was made for another question; record this one again.": "recordingOtherQuestion",
  "The recording is still being transcribed; submit once its transcript appears.": "recordingTranscribing",
  "This needs an administrator account.": "adminOnly",
  "This unsubscribe link is not valid. Turn reminders off in your settings instead.": "unsubscribeInvalid",
  "The grant must end in the future.": "grantInFuture",
  "Sign in to continue.": "signInToContinue",
  "The email or password is incorrect.": "server.wrongCredentials",
  "This is your only way to sign in. Set a password first (use “Forgot password?” on the sign-in page) or connect another provider, then disconnect this one.": "server.lastSignInMethod",
  "This recording's audio was deleted after the retention period; its transcript is kept.": "server.audioDeleted",
  "This recording's audio is no longer stored; its transcript is kept.": "server.audioGone",
  // The admin console's refusals.
  "User not found.": "server.userNotFound",
  "Your administrator role was removed or suspended meanwhile; this change was not made.": "server.adminRoleLost",
  "You cannot remove your own admin role.": "server.ownAdminRole",
  "You cannot suspend yourself.": "server.suspendSelf",
  "No AI provider is configured on this server (set OPENAI_API_KEY).": "server.aiProviderMissing",
  "The AI provider's reply was not usable; try again.": "server.aiReplyUnusable",
  "Only coding-track questions have tests.": "server.codingTestsOnly",
  "No unprocessed Stripe event with that id.": "server.stripeEventNotFound",
};

/**
 * Messages with values in them: the pattern's groups are the catalog entry's arguments, named by
 * `names` (the default: one group, `seconds`). Numbers become numbers, so the catalog can decline them.
 */
export const ERROR_MESSAGE_PATTERNS: ReadonlyArray<{ pattern: RegExp; key: string; names?: readonly string[] }> = [
  { pattern: /^Too many requests\. Try again in (\d+) seconds?\.$/, key: "rateLimited" },
  { pattern: /^Too many failed sign-in attempts\. Try again in (\d+) seconds?, or reset your password\.$/, key: "signInThrottled" },
  {
    pattern: /^Your (.+) plan includes (\d+) interviews per (\d+) days\. Upgrade for more, or wait until your quota resets\.$/,
    key: "planQuota",
    names: ["plan", "limit", "days"],
  },
  { pattern: /^Fair use allows (\d+) interviews a day\. Try again later\.$/, key: "fairUse", names: ["limit"] },
  // Billing (server/billing/checkout.ts, open-checkouts.ts): the plan is a brand name, or absent ("none").
  {
    pattern: /^You already have a (?:(\S+) )?subscription( \(your payment may still be processing\))?\. To switch plans, use “Manage billing” in Settings → Billing instead of a second checkout\.$/,
    key: "alreadySubscribed",
    names: ["plan", "processing"],
  },
  { pattern: /^You have no billing account yet\. Choose a plan first; the (\S+) and (\S+) plans are on the pricing page\.$/, key: "noBillingAccount", names: ["first", "second"] },
];

export type TErrorMessageKey = { key: string; seconds?: number; values?: Record<string, string | number> };

/** The catalog key of an English message and its values (`seconds` kept for the one-number messages), or null when the message has no translation. */
export function errorMessageKey(message: string): TErrorMessageKey | null {
  const exact = ERROR_MESSAGE_KEYS[message];
  if (exact) return { key: exact };
  for (const { pattern, key, names = ["seconds"] } of ERROR_MESSAGE_PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    // An optional group that did not match is "none" (the catalog's select names that case).
    const values = Object.fromEntries(names.map((name, index) => [name, match[index + 1] === undefined ? "none" : /^\d+$/.test(match[index + 1]!) ? Number(match[index + 1]) : match[index + 1]!]));
    return typeof values.seconds === "number" ? { key, seconds: values.seconds, values } : { key, values };
  }
  return null;
}
