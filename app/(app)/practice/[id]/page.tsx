import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/app/_components/current-user";
import { serverCaller } from "@/app/_trpc/server";
import { toAppError } from "@/server/errors";
import { InterviewSession } from "./interview-session";

export const metadata: Metadata = { title: "Practice interview" };

type TParams = Promise<{ id: string }>;
type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InterviewPage({ params, searchParams }: { params: TParams; searchParams: TSearchParams }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/practice/${id}`)}`);
  if (!z.uuid().safeParse(id).success) notFound();

  let interview;
  try {
    interview = (await (await serverCaller()).interviews.get({ id })).interview;
  } catch (error) {
    if (toAppError(error).code === "NOT_FOUND") notFound();
    throw error;
  }

  const q = Number(Array.isArray(query.q) ? query.q[0] : query.q);
  return <InterviewSession initialInterview={interview} initialQuestion={Number.isInteger(q) ? q - 1 : null} />;
}
