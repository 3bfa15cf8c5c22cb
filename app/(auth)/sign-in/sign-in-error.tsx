import { useTranslations } from "next-intl";
import { richLink } from "@/app/_components/rich-link";

const LINK = "font-medium text-red-900 underline hover:no-underline";

/** Auth.js error types (and ours, from the OAuth account-linking check) with a message of their own. */
const MESSAGES = {
  OAuthAccountNotLinked: "notLinked",
  OAuthEmailUnverified: "emailUnverified",
  AccountSuspended: "suspended",
  OAuthNoEmail: "noEmail",
  AccessDenied: "accessDenied",
  Configuration: "configuration",
} as const;

function messageKey(error: string, code: string | null) {
  if (error === "CredentialsSignin") {
    if (code === "rate_limited") return "rateLimited";
    if (code === "suspended") return "suspended";
    return "wrongCredentials";
  }
  return Object.hasOwn(MESSAGES, error) ? MESSAGES[error as keyof typeof MESSAGES] : "unknown";
}

/**
 * What went wrong, in words: `error` is Auth.js's error type (or ours, from the OAuth account-linking
 * check), `code` the credentials provider's reason ("wrong_credentials", "rate_limited", "suspended").
 * The suspended message links the contact form: the Help page needs a signed-in account.
 */
export function SignInError({ error, code }: { error: string; code: string | null }) {
  const t = useTranslations("auth.signInError");
  const link = (href: string) => richLink(href, LINK);
  return <p>{t.rich(messageKey(error, code), { reset: link("/forgot-password"), signUp: link("/sign-up"), contact: link("/contact") })}</p>;
}
