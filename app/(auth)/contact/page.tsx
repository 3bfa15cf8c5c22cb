import { getTranslations } from "next-intl/server";
import { richLink } from "@/app/_components/rich-link";
import { AuthHeading } from "../auth-heading";
import { ContactForm } from "./contact-form";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("auth.contact.metaTitle");

/** Reachable without an account: a suspended user (linked from the sign-in error) or someone locked out. */
export default async function ContactPage() {
  const t = await getTranslations("auth.contact");
  return (
    <div>
      <AuthHeading title={t("title")}>
        <p>{t.rich("intro", { help: richLink("/help") })}</p>
      </AuthHeading>
      <ContactForm />
    </div>
  );
}
