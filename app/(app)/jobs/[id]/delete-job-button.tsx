"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/app/_components/button-styles";
import { api } from "@/app/_trpc/client";

export function DeleteJobButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations("jobs.page");
  const router = useRouter();
  const remove = api.jobTargets.delete.useMutation({
    onSuccess: () => {
      router.push("/jobs");
      router.refresh();
    },
  });
  return (
    <button
      type="button"
      className={buttonClass("secondary", { size: "sm" })}
      aria-disabled={remove.isPending}
      onClick={() => {
        if (!remove.isPending && window.confirm(t("confirmDelete", { title }))) remove.mutate({ id });
      }}
    >
      {remove.isPending ? t("deleting") : remove.error ? t("deleteFailed") : t("delete")}
    </button>
  );
}
