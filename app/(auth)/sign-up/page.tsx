import { getCurrentUserOrNull } from "@/app/_components/current-user";
import { devMailboxHref } from "../dev-mailbox";
import { SignUpForm } from "./sign-up-form";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("auth.signUp.metaTitle");

export default async function SignUpPage() {
  const user = await getCurrentUserOrNull();
  return <SignUpForm signedInAs={user ? { name: user.name, email: user.email } : null} devMailboxHref={await devMailboxHref()} />;
}
