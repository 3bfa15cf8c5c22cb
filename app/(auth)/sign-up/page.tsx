import type { Metadata } from "next";
import { getCurrentUserOrNull } from "@/app/_components/current-user";
import { devMailboxHref } from "../dev-mailbox";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  const user = await getCurrentUserOrNull();
  return <SignUpForm signedInAs={user ? { name: user.name, email: user.email } : null} devMailboxHref={await devMailboxHref()} />;
}
