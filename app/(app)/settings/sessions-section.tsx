"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";

export function SessionsSection() {
  const router = useRouter();
  const [signingOut, setSigningOut] = useState(false);
  const endAll = api.auth.signOutEverywhere.useMutation({
    onSuccess: async () => {
      setSigningOut(true);
      // The server has already ended this session too; this clears the cookie and leaves the page.
      await signOut({ redirectTo: "/sign-in" }).catch(() => {
        router.push("/sign-in");
        router.refresh();
      });
    },
  });
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Lost a device, or signed in on a shared computer? This signs you out on every device and browser, this one included, and
        ends all your API tokens.
      </p>
      <p className="text-sm text-slate-700">
        Signing out ends a session for good, even a copy of it. A session you don’t use for 7 days ends by itself, and every session
        ends 30 days after you signed in.
      </p>
      {endAll.isError ? <FormAlert>{messageOf(endAll.error)}</FormAlert> : null}
      <SubmitButton
        type="button"
        variant="secondary"
        pending={endAll.isPending || signingOut}
        pendingLabel="Signing out everywhere…"
        onClick={() => endAll.mutate()}
      >
        Sign out everywhere
      </SubmitButton>
    </div>
  );
}
