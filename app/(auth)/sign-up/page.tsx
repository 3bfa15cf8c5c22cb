import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCurrentUserOrNull } from "@/app/_components/current-user";
import { devMailboxHref } from "../dev-mailbox";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("metaTitle") };
}

export default async function SignUpPage() {
  const user = await getCurrentUserOrNull();
  return <SignUpForm signedInAs={user ? { name: user.name, email: user.email } : null} devMailboxHref={await devMailboxHref()} />;
}
