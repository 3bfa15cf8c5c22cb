"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import * as z from "zod";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormSelectField, FormTextField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { api } from "@/app/_trpc/client";
import { ZGrantPlanRequestSchema } from "@/server/contracts/admin";
import { PAID_PLAN_IDS } from "@/server/contracts/vocabulary/plans";
import { usePlanName } from "@/app/_components/plan-name";

/** The end date is a day (the grant runs to its last second, UTC); an empty note is no note. */
function grantFormSchema(endsOnRequired: string) {
  return ZGrantPlanRequestSchema.pick({ plan: true, note: true }).extend({ endsOn: z.iso.date({ error: endsOnRequired }) });
}

/** Grants Pro or Premium until a date (audit-logged on the server); works without Stripe. */
export function GrantPlanForm({ userId }: { userId: string }) {
  const router = useRouter();
  const t = useTranslations("admin.grantForm");
  const planName = usePlanName();
  const schema = useMemo(() => grantFormSchema(t("endsOnRequired")), [t]);
  const form = useZodForm(schema, { id: `grant-${userId}`, defaultValues: { plan: "pro", endsOn: "", note: "" } });
  const grant = api.admin.grantPlan.useMutation();

  return (
    <MutationForm
      form={form}
      mutation={grant}
      input={({ plan, endsOn, note }) => ({ userId, plan, endsAt: new Date(`${endsOn}T23:59:59Z`), note: note || null })}
      onSuccess={() => router.refresh()}
      className="space-y-4"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField name="plan" label={t("plan")}>
          {PAID_PLAN_IDS.map((planId) => (
            <option key={planId} value={planId}>
              {planName(planId)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField name="endsOn" label={t("endsOn")} type="date" required />
      </div>
      <FormTextField name="note" label={t("note")} optional hint={t("noteHint")} maxLength={500} />
      <FormFooter pending={grant.isPending} pendingLabel={t("granting")} size="sm" done={grant.isSuccess ? t("granted", { plan: planName(grant.data.plan), date: grant.data.endsAt.slice(0, 10) }) : null}>
        {t("grant")}
      </FormFooter>
    </MutationForm>
  );
}
