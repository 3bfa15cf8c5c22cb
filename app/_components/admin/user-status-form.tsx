"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormTextareaField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { api } from "@/app/_trpc/client";
import { ZSetUserStatusInputSchema } from "@/server/contracts/admin";
import type { TUserStatus } from "@/server/contracts/vocabulary/roles";

/** An empty note is no note. */
const ZStatusFormSchema = ZSetUserStatusInputSchema.pick({ note: true });

/** Suspend (ends every session and API token at once) or reactivate, with a note for the audit log. */
export function UserStatusForm({ userId, status }: { userId: string; status: TUserStatus }) {
  const router = useRouter();
  const form = useZodForm(ZStatusFormSchema, { id: "user-status", defaultValues: { note: "" } });
  const save = api.admin.setUserStatus.useMutation();
  const t = useTranslations("admin.statusForm");
  const next: TUserStatus = status === "active" ? "suspended" : "active";
  // From what was sent: after the refresh, `status` is already the new one.
  const done = !save.isSuccess
    ? null
    : save.variables.status === "suspended"
      ? t("suspended")
      : t("reactivated");

  return (
    <MutationForm
      form={form}
      mutation={save}
      input={({ note }) => ({ id: userId, status: next, note: note || null })}
      resetOnSuccess
      onSuccess={() => router.refresh()}
      className="space-y-4"
      header={
        <p className="text-sm text-slate-700">
          {status === "active" ? t("suspendIntro") : t("reactivateIntro")}
        </p>
      }
    >
      <FormTextareaField name="note" label={t("note")} optional rows={2} maxLength={2000} />
      <FormFooter pending={save.isPending} size="sm" variant={next === "suspended" ? "danger" : "primary"} pendingLabel={next === "suspended" ? t("suspending") : t("reactivating")} done={done}>
        {next === "suspended" ? t("suspend") : t("reactivate")}
      </FormFooter>
    </MutationForm>
  );
}
