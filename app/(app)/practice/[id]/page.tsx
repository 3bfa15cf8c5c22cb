import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadOwnInterview } from "../../interviews/_components/own-interview";
import { JobFocusNote } from "../../jobs/job-focus-note";
import { InterviewSession } from "./interview-session";
import { firstParam } from "@/app/_components/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interview"))("title") };
}

/** When this server render read the interview: the client counts its copy as current from then (interview-session.tsx). */
function readTime(): number {
  return Date.now();
}

type TParams = Promise<{ id: string }>;
type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InterviewPage({ params, searchParams }: { params: TParams; searchParams: TSearchParams }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // The layout has already redirected or answered 404; this is the same cached interview.
  const interview = await loadOwnInterview(id, `/practice/${id}`);
  const readAt = readTime();

  const q = Number(firstParam(query.q));
  return (
    <>
      <JobFocusNote interviewId={interview.id} />
      <InterviewSession initialInterview={interview} initialQuestion={Number.isInteger(q) ? q - 1 : null} renderedAt={readAt} />
    </>
  );
}
