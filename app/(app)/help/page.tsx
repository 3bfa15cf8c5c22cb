import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_components/current-user";
import { LabelledSection } from "@/app/_components/labelled-section";
import { serverCaller } from "@/app/_trpc/server";
import { PLANS } from "@/server/contracts/vocabulary/plans";
import { getEnv } from "@/server/env";
import { Faq } from "./faq";
import { MyTickets } from "./my-tickets";
import { NewTicketForm } from "./new-ticket-form";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("help.metaTitle");

export default async function HelpPage() {
  const user = await requireUser("/help");
  const api = await serverCaller();
  const [tickets, t] = await Promise.all([api.support.mine(), getTranslations("help")]);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 lg:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t.rich("intro", { email: () => <span className="break-all font-medium">{user.email}</span> })}</p>

      <div className="mt-8">
        <Faq aiConfigured={Boolean(getEnv().OPENAI_API_KEY)} freeLimit={PLANS.free.interviewsPerWindow ?? 0} windowDays={PLANS.free.windowDays} />
      </div>

      <LabelledSection id="new-ticket" title={t("newTicketTitle")} className="mt-10 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <div className="mt-5">
          <NewTicketForm />
        </div>
      </LabelledSection>

      <LabelledSection id="my-tickets" title={t("myTicketsTitle")} className="mt-10">
        <div className="mt-4">
          <MyTickets initialTickets={tickets} />
        </div>
      </LabelledSection>
    </div>
  );
}
