import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/app/_components/current-user";
import { serverCaller } from "@/app/_trpc/server";
import { PLANS } from "@/server/contracts/vocabulary/plans";
import { getEnv } from "@/server/env";
import { Faq } from "./faq";
import { MyTickets } from "./my-tickets";
import { NewTicketForm } from "./new-ticket-form";

export const metadata: Metadata = { title: "Help" };

export default async function HelpPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=/help");
  const api = await serverCaller();
  const tickets = await api.support.mine();

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 lg:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Help</h1>
      <p className="mt-2 text-slate-700">
        Quick answers first. A question they don’t cover, a score that looks wrong, a problem with your account: write to us below. We answer
        here and by email to <span className="break-all font-medium">{user.email}</span>.
      </p>

      <div className="mt-8">
        <Faq aiConfigured={Boolean(getEnv().OPENAI_API_KEY)} freeLimit={PLANS.free.interviewsPerWindow ?? 0} windowDays={PLANS.free.windowDays} />
      </div>

      <section aria-labelledby="new-ticket-heading" className="mt-10 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <h2 id="new-ticket-heading" className="text-lg font-semibold text-slate-900">
          Send us a message
        </h2>
        <div className="mt-5">
          <NewTicketForm />
        </div>
      </section>

      <section aria-labelledby="my-tickets-heading" className="mt-10">
        <h2 id="my-tickets-heading" className="text-lg font-semibold text-slate-900">
          Your requests
        </h2>
        <div className="mt-4">
          <MyTickets initialTickets={tickets} />
        </div>
      </section>
    </div>
  );
}
