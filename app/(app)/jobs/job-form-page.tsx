import type { ReactNode } from "react";
import { BackLink } from "@/app/_components/back-link";

interface JobFormPageProps {
  back: { href: string; label: string };
  title: string;
  lead?: string;
  /** The JobForm, empty for a new job or filled for an edit. */
  children: ReactNode;
}

/** The page around the job form, the same for adding a job and editing one: the way back, the heading, the form's card. */
export function JobFormPage({ back, title, lead, children }: JobFormPageProps) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <BackLink href={back.href}>{back.label}</BackLink>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
      {lead ? <p className="mt-2 text-slate-700">{lead}</p> : null}
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">{children}</div>
    </div>
  );
}
