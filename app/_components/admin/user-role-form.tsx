"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import type { TRole } from "@/server/contracts/vocabulary/roles";

export function UserRoleForm({ userId, role }: { userId: string; role: TRole }) {
  const router = useRouter();
  const [value, setValue] = useState(role);
  const save = api.admin.setUserRole.useMutation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate({ id: userId, role: value }, { onSuccess: () => router.refresh() });
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={save.isPending} className="space-y-4">
      {save.isError ? <FormAlert>{messageOf(save.error)}</FormAlert> : null}
      <SelectField
        id="user-role"
        label="Role"
        hint="Admins see these pages and can change scores, questions and accounts."
        value={value}
        onChange={(event) => {
          setValue(event.target.value === "admin" ? "admin" : "user");
          save.reset();
        }}
      >
        <option value="user">Candidate</option>
        <option value="admin">Admin</option>
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={save.isPending} size="sm">
          Save role
        </SubmitButton>
        <p role="status" className="text-sm font-medium text-green-800">
          {save.isSuccess ? "Role saved." : ""}
        </p>
      </div>
    </form>
  );
}
