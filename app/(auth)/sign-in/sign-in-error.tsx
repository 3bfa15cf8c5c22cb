import Link from "next/link";

const LINK = "font-medium text-red-900 underline hover:no-underline";

/**
 * What went wrong, in words: `error` is Auth.js's error type (or ours, from the OAuth account-linking
 * check), `code` the credentials provider's reason ("wrong_credentials", "rate_limited", "suspended").
 */
export function SignInError({ error, code }: { error: string; code: string | null }) {
  if (error === "CredentialsSignin") {
    if (code === "rate_limited") {
      return (
        <p>
          Too many attempts. Wait a moment or{" "}
          <Link href="/forgot-password" className={LINK}>
            reset your password
          </Link>
          .
        </p>
      );
    }
    if (code === "suspended") return <SuspendedMessage />;
    return <p>The email or password is incorrect.</p>;
  }
  switch (error) {
    case "OAuthAccountNotLinked":
      return (
        <p>
          This email already has a Rehearse account, and that provider did not confirm the address is verified, so we did not
          connect them. Sign in with your email and password instead.
        </p>
      );
    case "OAuthEmailUnverified":
      return (
        <p>
          A Rehearse account already uses this email, but its address was never verified, so we did not connect it to this sign-in:
          anyone could have created it. If it is yours, open the verification link we emailed you, or{" "}
          <Link href="/forgot-password" className={LINK}>
            reset its password
          </Link>{" "}
          (that verifies the address too). Then sign in, and connect this provider under Settings → Connected accounts.
        </p>
      );
    case "AccountSuspended":
      return <SuspendedMessage />;
    case "OAuthNoEmail":
      return (
        <p>
          That provider didn’t share an email address with us. Make your email visible there, or{" "}
          <Link href="/sign-up" className={LINK}>
            sign up with email and a password
          </Link>
          .
        </p>
      );
    case "AccessDenied":
      return <p>Sign-in was cancelled or not allowed. Please try again.</p>;
    case "Configuration":
      return <p>Signing in is not available right now because of a problem on our side. Please try again later.</p>;
    default:
      return <p>We couldn’t sign you in. Please try again.</p>;
  }
}

function SuspendedMessage() {
  // The Help page needs a signed-in account; the contact form does not.
  return (
    <p>
      This account is suspended. If you think this is a mistake,{" "}
      <Link href="/contact" className={LINK}>
        contact support
      </Link>{" "}
      (no sign-in needed).
    </p>
  );
}
