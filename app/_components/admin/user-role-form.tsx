"use client";

import { useRouter } from "next/navigation";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormSelectField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { api } from "@/app/_trpc/client";
import { ZSetUserRoleInputSchema } from "@/server/contracts/admin";
import type { TRole } from "@/server/contracts/vocabulary/roles";

const ZRoleFormSchema = ZSetUserRoleInputSchema.pick({ role: true });

export function UserRoleForm({ userId, role }: { userId: string; role: TRole }) {
  const router = useRouter();
  const form = useZodForm(ZRoleFormSchema, { id: "user-role", defaultValues: { role } });
  const save = api.admin.setUserRole.useMutation();

  return (
    <MutationForm form={form} mutation={save} input={(values) => ({ id: userId, ...values })} onSuccess={() => router.refresh()} className="space-y-4">
      <FormSelectField name="role" label="Role" hint="Admins see these pages and can change scores, questions and accounts.">
        <option value="user">Candidate</option>
        <option value="admin">Admin</option>
      </FormSelectField>
      <FormFooter pending={save.isPending} size="sm" done={save.isSuccess ? "Role saved." : null}>
        Save role
      </FormFooter>
    </MutationForm>
  );
}
