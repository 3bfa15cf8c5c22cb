import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeading } from "../auth-heading";
import { ContactForm } from "./contact-form";

export const metadata: Metadata = { title: "Contact support" };

/** Reachable without an account: a suspended user (linked from the sign-in error) or someone locked out. */
export default function ContactPage() {
  return (
    <div>
      <AuthHeading title="Contact support">
        <p>
          Can’t sign in, or your account was suspended? Write to us here; no account needed. We answer by email. Signed in? Use{" "}
          <Link href="/help" className="font-medium text-brand-700 underline hover:text-brand-900">
            Help
          </Link>{" "}
          instead.
        </p>
      </AuthHeading>
      <ContactForm />
    </div>
  );
}
