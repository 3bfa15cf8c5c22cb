"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { Spinner } from "@/app/_components/spinner";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";

/** Why linking failed, from `?linkError=` (our account-linking check, or Auth.js' error type). */
function linkErrorMessage(code: string): string {
  switch (code) {
    case "OAuthAccountTaken":
    case "OAuthAccountNotLinked":
      return "That provider account is already connected to another Rehearse account. Sign in to that account and disconnect it there first.";
    case "AccessDenied":
      return "Connecting was cancelled or not allowed. Nothing was changed.";
    default:
      return "We couldn’t connect that account. Nothing was changed; please try again.";
  }
}

interface ConnectedAccountsSectionProps {
  /** From the URL after a round trip through the provider. */
  linkError: string | null;
  linked: string | null;
}

export function ConnectedAccountsSection({ linkError, linked }: ConnectedAccountsSectionProps) {
  const utils = api.useUtils();
  const [connecting, setConnecting] = useState<string | null>(null);
  const [connectFailed, setConnectFailed] = useState(false);
  const list = api.auth.connectedAccounts.useQuery();
  const unlink = api.auth.unlinkAccount.useMutation({
    onSuccess: (data) => utils.auth.connectedAccounts.setData(undefined, data),
  });

  if (list.isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
        <Spinner />
        Loading your sign-in methods…
      </p>
    );
  }
  if (list.isError) return <FormAlert focusOnShow={false}>{messageOf(list.error)}</FormAlert>;

  const { providers, hasPassword } = list.data;
  const connectedCount = providers.filter((provider) => provider.connected).length;
  const linkedName = linked ? providers.find((provider) => provider.id === linked && provider.connected)?.name : undefined;

  if (providers.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        No sign-in providers (such as Google, GitHub or LinkedIn) are set up on this server, so there is nothing to connect. You sign in
        with your email and password.
      </p>
    );
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Sign in with these as well as {hasPassword ? "your email and password" : "each other"}. Connecting one takes you to the provider and
        back here.
      </p>
      {linkError ? <FormAlert focusOnShow={false}>{linkErrorMessage(linkError)}</FormAlert> : null}
      {linkedName && !linkError ? <FormAlert tone="success">{linkedName} is connected. You can sign in with it from now on.</FormAlert> : null}
      {connectFailed ? <FormAlert>We couldn’t reach the sign-in service. Check your connection and try again.</FormAlert> : null}
      {unlink.isError ? <FormAlert>{messageOf(unlink.error)}</FormAlert> : null}
      {unlink.isSuccess ? <FormAlert tone="success">Disconnected.</FormAlert> : null}
      <ul className="divide-y divide-slate-200 rounded-lg ring-1 ring-slate-200">
        {providers.map((provider) => {
          const onlyWay = provider.connected && !hasPassword && connectedCount === 1;
          const hintId = `connected-${provider.id}-hint`;
          return (
            <li key={provider.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{provider.name}</p>
                <p id={hintId} className="text-sm text-slate-600">
                  {provider.connected ? "Connected" : "Not connected"}
                  {onlyWay ? " · your only way to sign in" : ""}
                  {!provider.configured ? " · no longer offered on this server" : ""}
                </p>
              </div>
              {provider.connected ? (
                <SubmitButton
                  type="button"
                  variant="secondary"
                  size="sm"
                  pending={unlink.isPending && unlink.variables?.provider === provider.id}
                  pendingLabel="Disconnecting…"
                  onClick={() => {
                    if (!unlink.isPending) unlink.mutate({ provider: provider.id });
                  }}
                >
                  <span>
                    Disconnect<span className="sr-only"> {provider.name}</span>
                  </span>
                </SubmitButton>
              ) : provider.configured ? (
                <SubmitButton
                  type="button"
                  size="sm"
                  pending={connecting === provider.id}
                  pendingLabel={`Opening ${provider.name}…`}
                  onClick={() => {
                    if (connecting) return;
                    setConnecting(provider.id);
                    setConnectFailed(false);
                    // Signed in, so Auth.js attaches the provider account to this user and comes back here.
                    signIn(provider.id, { redirectTo: `/settings?linked=${encodeURIComponent(provider.id)}#connected-accounts` }).catch(() => {
                      setConnecting(null);
                      setConnectFailed(true);
                    });
                  }}
                >
                  <span>
                    Connect<span className="sr-only"> {provider.name}</span>
                  </span>
                </SubmitButton>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
