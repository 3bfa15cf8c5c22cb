/**
 * The English messages the contracts and the server write (Zod rules, AppErrors the forms show),
 * each with its key in the `errors` message catalog, so a form can show them in the reader's
 * language. The English catalog repeats these texts exactly (error-messages.test.ts checks), and a
 * message missing here is shown as written. Messages with a number in them match a pattern.
 */
import { PASSWORD_LENGTH_MESSAGES } from "./new-password";
import { CONTROL_CHARACTER_MESSAGE } from "./safe-string";

export const ERROR_MESSAGE_KEYS: Readonly<Record<string, string>> = {
  "We couldn’t reach Rehearse. Check your connection and try again.": "network",
  "Something went wrong on our side. Please try again.": "generic",
  [CONTROL_CHARACTER_MESSAGE]: "controlCharacters",
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
  "Another account uses this email address.": "emailTaken",
  "Another account uses this email address now.": "emailTakenNow",
  "This reset link is invalid, already used or expired. Ask for a new one.": "resetLinkInvalid",
  "This verification link is invalid, already used or expired. Ask for a new one.": "verifyLinkInvalid",
  "This account is suspended. Contact support if you think this is a mistake.": "suspended",
  "Too many sign-ins at once. Please try again in a few seconds.": "signInsBusy",
};

/** Messages with a number in them: the pattern's one group is the `seconds` of the catalog entry. */
export const ERROR_MESSAGE_PATTERNS: ReadonlyArray<{ pattern: RegExp; key: string }> = [
  { pattern: /^Too many requests\. Try again in (\d+) seconds\.$/, key: "rateLimited" },
  { pattern: /^Too many failed sign-in attempts\. Try again in (\d+) seconds, or reset your password\.$/, key: "signInThrottled" },
];

/** The catalog key of an English message and its `seconds`, or null when the message has no translation. */
export function errorMessageKey(message: string): { key: string; seconds?: number } | null {
  const exact = ERROR_MESSAGE_KEYS[message];
  if (exact) return { key: exact };
  for (const { pattern, key } of ERROR_MESSAGE_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { key, seconds: Number(match[1]) };
  }
  return null;
}
