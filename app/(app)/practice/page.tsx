import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { getCurrentUser } from "@/app/_components/current-user";
import { serverCaller } from "@/app/_trpc/server";
import { isBillingConfigured } from "@/server/billing/stripe-client";
import { getDb } from "@/server/db";
import { activeQuestionIds } from "@/server/interviews/select-questions";
import { defaultChoice } from "./default-choice";
import { parsePrefill, queryStringOf } from "./prefill";
import PracticeLoading from "./practice-loading";
import { StartForm } from "./start-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("practice"))("title") };
}

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
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("practice")]);
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/practice${queryStringOf(params)}`)}`);

  const api = await serverCaller();
  // The quota and any interview in progress come with the page: shown before the form, never discovered by a refused start.
  const [{ tracks }, quota, inProgress, latest] = await Promise.all([
    api.catalog.tracks(),
    api.interviews.quota(),
    api.interviews.list({ status: "in_progress", limit: 1 }),
    api.interviews.list({ limit: 1 }),
  ]);
  const prefill = parsePrefill(params);
  const remembered = defaultChoice({ last: latest.interviews[0], preferences: user.preferences });
  const track = prefill.track ?? remembered.track;
  const level = prefill.level ?? remembered.level;
  // A saved link may name a question retired since: the start asks for the ones still in the bank
  // (the server refuses an id that is not, rather than swap in another question).
  const active = await activeQuestionIds(getDb(), prefill.questionIds, track, level);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 lg:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("heading")}</h1>
      <p className="mt-2 max-w-2xl text-slate-700">{t("lead")}</p>
      <StartForm
        tracks={tracks}
        email={user.email}
        defaults={{
          track,
          level,
          count: prefill.count ?? 3,
          tags: prefill.tags,
          questionIds: prefill.questionIds.filter((id) => active.has(id)),
        }}
        autostart={prefill.autostart}
        initialQuota={quota}
        inProgress={inProgress.interviews[0] ?? null}
        upgradeAvailable={isBillingConfigured()}
      />
    </div>
  );
}
