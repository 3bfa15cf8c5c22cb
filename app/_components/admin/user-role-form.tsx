"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormSelectField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { api } from "@/app/_trpc/client";
import { ZSetUserRoleInputSchema } from "@/server/contracts/admin";
import { ROLES, type TRole } from "@/server/contracts/vocabulary/roles";

const ZRoleFormSchema = ZSetUserRoleInputSchema.pick({ role: true });

export function UserRoleForm({ userId, role }: { userId: string; role: TRole }) {
  const router = useRouter();
  const form = useZodForm(ZRoleFormSchema, { id: "user-role", defaultValues: { role } });
  const save = api.admin.setUserRole.useMutation();
  const t = useTranslations("admin.roleForm");
  const roles = useTranslations("admin.roles");

  return (
    <MutationForm form={form} mutation={save} input={(values) => ({ id: userId, ...values })} onSuccess={() => router.refresh()} className="space-y-4">
      <FormSelectField name="role" label={t("label")} hint={t("hint")}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {roles(option)}
          </option>
        ))}
      </FormSelectField>
      <FormFooter pending={save.isPending} size="sm" done={save.isSuccess ? t("saved") : null}>
        {t("save")}
      </FormFooter>
    </MutationForm>
  );
}
