import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { getCurrentUser } from "@/app/_components/current-user";
import { serverCaller } from "@/app/_trpc/server";
import { parsePrefill, queryStringOf } from "./prefill";
import PracticeLoading from "./practice-loading";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "Practice" };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function PracticePage({ searchParams }: { searchParams: TSearchParams }) {
  return (
    <Suspense fallback={<PracticeLoading />}>
      <StartPractice searchParams={searchParams} />
    </Suspense>
  );
}

async function StartPractice({ searchParams }: { searchParams: TSearchParams }) {
  const params = await searchParams;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/practice${queryStringOf(params)}`)}`);

  const { tracks } = await (await serverCaller()).catalog.tracks();
  const prefill = parsePrefill(params);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 lg:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Start a practice interview</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Pick a track and a level. You’ll get one question at a time, with a timer, and a rubric score with feedback after
        each answer. Your answer saves itself as you type.
      </p>
      <StartForm
        tracks={tracks}
        email={user.email}
        defaults={{
          track: prefill.track ?? user.preferences.track ?? "software_engineering",
          level: prefill.level ?? user.preferences.level ?? "junior",
          count: prefill.count ?? 3,
          tags: prefill.tags,
          questionIds: prefill.questionIds,
        }}
        autostart={prefill.autostart}
      />
    </div>
  );
}
