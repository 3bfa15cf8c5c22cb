import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { devMailboxHref } from "../dev-mailbox";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgotPassword"))("metaTitle") };
}

export default async function ForgotPasswordPage() {
  return <ForgotPasswordForm devMailboxHref={await devMailboxHref()} />;
}
