import Link from "next/link";

/** Shown only when no mail server is configured: emails then wait in the dev mailbox instead of an inbox. */
export function DevMailboxNote({ href }: { href: string | null }) {
  if (!href) return null;
  return (
    <p className="mt-4 rounded-lg border border-dashed border-slate-400 bg-slate-50 p-3 text-sm text-slate-700">
      No mail server is set up here, so emails are kept in the{" "}
      <Link href={href} className="font-medium text-brand-700 underline hover:text-brand-900">
        dev mailbox
      </Link>
      .
    </p>
  );
}
