import { useTranslations } from "next-intl";
import { richLink } from "@/app/_components/rich-link";

/** Shown only when no mail server is configured: emails then wait in the dev mailbox instead of an inbox. */
export function DevMailboxNote({ href }: { href: string | null }) {
  const t = useTranslations("auth");
  if (!href) return null;
  return (
    <p className="mt-4 rounded-lg border border-dashed border-slate-400 bg-slate-50 p-3 text-sm text-slate-700">
      {t.rich("devMailbox", { link: richLink(href) })}
    </p>
  );
}
