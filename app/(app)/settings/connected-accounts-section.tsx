"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { QueryFallback } from "@/app/_components/query-fallback";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { api } from "@/app/_trpc/client";

/** Why linking failed, from `?linkError=` (our account-linking check, or Auth.js' error type): its message key. */
function linkErrorKey(code: string): "taken" | "denied" | "failed" {
  switch (code) {
    case "OAuthAccountTaken":
    case "OAuthAccountNotLinked":
      return "taken";
    case "AccessDenied":
      return "denied";
    default:
      return "failed";
  }
}

interface ConnectedAccountsSectionProps {
  /** From the URL after a round trip through the provider. */
  linkError: string | null;
  linked: string | null;
}

export function ConnectedAccountsSection({ linkError, linked }: ConnectedAccountsSectionProps) {
  const t = useTranslations("settings.connected");
  const failureText = useFailureText();
  const utils = api.useUtils();
  const [connecting, setConnecting] = useState<string | null>(null);
  const [connectFailed, setConnectFailed] = useState(false);
  const list = api.auth.connectedAccounts.useQuery();
  const unlink = api.auth.unlinkAccount.useMutation({
    onSuccess: (data) => utils.auth.connectedAccounts.setData(undefined, data),
  });

  if (!list.isSuccess) return <QueryFallback query={list} loadingLabel={t("loading")} />;

  const { providers, hasPassword } = list.data;
  const connectedCount = providers.filter((provider) => provider.connected).length;
  const linkedName = linked ? providers.find((provider) => provider.id === linked && provider.connected)?.name : undefined;

  if (providers.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        {t("none")}
      </p>
    );
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {t("intro", { withPassword: hasPassword ? "yes" : "no" })}
      </p>
      {linkError ? <FormAlert focusOnShow={false}>{t(linkErrorKey(linkError))}</FormAlert> : null}
      {linkedName && !linkError ? <FormAlert tone="success">{t("linked", { provider: linkedName })}</FormAlert> : null}
      {connectFailed ? <FormAlert>{t("unreachable")}</FormAlert> : null}
      {unlink.isError ? <FormAlert>{failureText(unlink.error)}</FormAlert> : null}
      {unlink.isSuccess ? <FormAlert tone="success">{t("disconnected")}</FormAlert> : null}
      <ul className="divide-y divide-slate-200 rounded-lg ring-1 ring-slate-200">
        {providers.map((provider) => {
          const onlyWay = provider.connected && !hasPassword && connectedCount === 1;
          const hintId = `connected-${provider.id}-hint`;
          return (
            <li key={provider.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{provider.name}</p>
                <p id={hintId} className="text-sm text-slate-600">
                  {provider.connected ? t("isConnected") : t("notConnected")}
                  {onlyWay ? t("onlyWay") : ""}
                  {!provider.configured ? t("notOffered") : ""}
                </p>
              </div>
              {provider.connected ? (
                <SubmitButton
                  type="button"
                  variant="secondary"
                  size="sm"
                  pending={unlink.isPending && unlink.variables?.provider === provider.id}
                  pendingLabel={t("disconnecting")}
                  onClick={() => {
                    if (!unlink.isPending) unlink.mutate({ provider: provider.id });
                  }}
                >
                  <span>
                    {t("disconnect")}
                    <span className="sr-only"> {provider.name}</span>
                  </span>
                </SubmitButton>
              ) : provider.configured ? (
                <SubmitButton
                  type="button"
                  size="sm"
                  pending={connecting === provider.id}
                  pendingLabel={t("opening", { provider: provider.name })}
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
                    {t("connect")}
                    <span className="sr-only"> {provider.name}</span>
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
