import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button-styles";

interface PageHeaderProps {
  title: ReactNode;
  lead: ReactNode;
  /** On the right, or below on a narrow screen (the page's main action, export buttons). */
  action?: ReactNode;
  /** The usual action: one primary link ("Start an interview", "Add a job"). */
  primaryLink?: { href: string; label: string };
}

/** The top of a signed-in page: its h1 and one line on what it is for, with an optional action beside. */
export function PageHeader({ title, lead, action, primaryLink }: PageHeaderProps) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
        <p className="mt-2 max-w-2xl text-slate-700">{lead}</p>
      </div>
      {action}
      {primaryLink ? (
        <Link href={primaryLink.href} className={buttonClass("primary")}>
          {primaryLink.label}
        </Link>
      ) : null}
    </div>
  );
}
