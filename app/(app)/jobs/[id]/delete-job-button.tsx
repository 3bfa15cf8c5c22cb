"use client";

import { useRouter } from "next/navigation";
import { buttonClass } from "@/app/_components/button-styles";
import { api } from "@/app/_trpc/client";

export function DeleteJobButton({ id, title }: { id: string; title: string }) {
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
        if (!remove.isPending && window.confirm(`Delete “${title}”? Its interviews stay in your history.`)) remove.mutate({ id });
      }}
    >
      {remove.isPending ? "Deleting…" : remove.error ? "Delete failed: try again" : "Delete"}
    </button>
  );
}
