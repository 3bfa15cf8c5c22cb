import { devMailboxHref } from "../dev-mailbox";
import { ForgotPasswordForm } from "./forgot-password-form";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("auth.forgotPassword.metaTitle");

export default async function ForgotPasswordPage() {
  return <ForgotPasswordForm devMailboxHref={await devMailboxHref()} />;
}
