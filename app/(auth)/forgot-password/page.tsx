import type { Metadata } from "next";
import { devMailboxHref } from "../dev-mailbox";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default async function ForgotPasswordPage() {
  return <ForgotPasswordForm devMailboxHref={await devMailboxHref()} />;
}
