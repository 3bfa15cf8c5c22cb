"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { buttonClass } from "@/app/_components/button-styles";
import { Form } from "@/app/_components/form/form";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { LocalTime } from "@/app/_components/local-time";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { appCodeOf, errorDetails } from "@/server/contracts/errors";
import type { TInterviewSummary, TStartInterviewInput } from "@/server/contracts/interviews";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { LevelField, TrackField, type TTrackInfo } from "./choice-fields";
import { EmailUnverified } from "./email-unverified";
import { FocusTagsField } from "./focus-tags-field";
import { QuestionCountField } from "./question-count-field";
import { interviewsLeft, QuotaExceeded, QuotaSummary, type TQuota, type TQuotaBlock } from "./quota-notice";
import { StartConfirm } from "./start-confirm";
import { withTypedTags, ZStartFormSchema } from "./start-form-schema";
import { useIdempotencyKey } from "./use-idempotency-key";

/** A few tags per track that the question bank has plenty of; anything else may be typed. */
const SUGGESTED_TAGS: Record<TTrack, readonly string[]> = {
  software_engineering: ["system-design", "databases", "caching", "reliability", "api-design", "concurrency"],
  product_management: ["product-design", "metrics", "prioritization", "strategy", "user-research", "estimation"],
  behavioral: ["conflict", "leadership", "failure", "ownership", "communication", "stakeholder-management"],
  coding: ["arrays", "hash-map", "graphs", "trees", "strings", "dynamic-programming"],
};

interface StartFormProps {
  tracks: TTrackInfo[];
  email: string;
  defaults: { track: TTrack; level: TLevel; count: number; tags: string[]; questionIds?: string[] };
  /** `?autostart=1`: start with the defaults as soon as the page loads (after a confirmation when it costs quota). */
  autostart: boolean;
  /** The quota as the server saw it when rendering, so the page never shows an enabled start at zero. */
  initialQuota: TQuota;
  inProgress: TInterviewSummary | null;
  /** Billing is configured: upgrade links lead to plans that can be bought. */
  upgradeAvailable: boolean;
}

type TBlock = TQuotaBlock | { kind: "unverified" } | null;

export function StartForm({ tracks, email, defaults, autostart, initialQuota, inProgress, upgradeAvailable }: StartFormProps) {
  const t = useTranslations("practice");
  const tv = useTranslations("vocabulary");
  const router = useRouter();
  const utils = api.useUtils();
  const form = useZodForm(ZStartFormSchema, {
    id: "start-interview",
    defaultValues: { track: defaults.track, level: defaults.level, questionCount: String(defaults.count), focusTags: defaults.tags },
  });
  const [track, level, count, tags] = useWatch({ control: form.control, name: ["track", "level", "questionCount", "focusTags"] });
  const [tagDraft, setTagDraft] = useState("");
  const [block, setBlock] = useState<TBlock>(null);
  const [navigating, setNavigating] = useState(false);
  const quota = api.interviews.quota.useQuery(undefined, { initialData: initialQuota });
  const [confirming, setConfirming] = useState(false);
  const left = interviewsLeft(quota.data);
  const outOfQuota = left === 0;
  const startKey = useIdempotencyKey();
  // A retry of the same start (a dropped connection) carries the same key: one interview, quota spent once.
  const create = useMutation({
    mutationFn: (input: TStartInterviewInput) => utils.client.interviews.create.mutate(input, { context: { idempotencyKey: startKey.for(input) } }),
  });
  const pending = create.isPending || navigating;

  /** A tag typed but not yet added still counts: nothing the candidate typed is dropped. */
  function addTypedTags() {
    if (!tagDraft.trim()) return;
    form.setValue("focusTags", withTypedTags(form.getValues("focusTags") ?? [], tagDraft));
    setTagDraft("");
  }

  function send(values: TStartInterviewInput) {
    setBlock(null);
    // Questions asked for by id (a review item) only make sense with the track and level they came with.
    // The questions brought back for review come first, as many as the interview has room for (the API refuses more).
    const questionIds =
      defaults.questionIds?.length && values.track === defaults.track && values.level === defaults.level
        ? [...new Set(defaults.questionIds)].slice(0, Number(values.questionCount))
        : undefined;
    const input = { ...values, focusTags: values.focusTags?.length ? values.focusTags : undefined, questionIds };
    create.mutate(input, {
      onSuccess: ({ interview }) => {
        startKey.reset();
        setNavigating(true);
        void utils.interviews.quota.invalidate();
        router.push(`/practice/${interview.id}`);
      },
      onError: (error) => {
        setConfirming(false);
        if (appCodeOf(error) === "QUOTA_EXCEEDED") {
          void utils.interviews.quota.invalidate();
          const details = errorDetails(error, "QUOTA_EXCEEDED");
          setBlock({ kind: "quota", limit: details?.limit ?? null, used: details?.used ?? null, resetsAt: details?.resetsAt ?? null, plan: details?.plan ?? null });
        } else if (errorDetails(error, "FORBIDDEN")?.reason === "email_unverified") {
          setBlock({ kind: "unverified" });
        } else {
          form.failFromServer(error);
        }
      },
    });
  }

  /** A start without the form's button (the confirmation, the one-click autostart): the same checks, then send. */
  function start() {
    if (pending || outOfQuota) return;
    addTypedTags();
    void form.handleSubmit(send, () => setConfirming(false))();
  }

  const autostartOnce = useEffectEvent(() => {
    // Coming back to this page (the Back button) must not start another interview.
    const url = new URL(window.location.href);
    url.searchParams.delete("autostart");
    window.history.replaceState(window.history.state, "", url);
    // Nothing to spend: say so (the summary and the disabled button do). Costs quota or leaves a
    // second interview open: ask first. Otherwise (unlimited, nothing open) start at once.
    if (outOfQuota) return;
    if (left !== null || inProgress) setConfirming(true);
    else start();
  });
  const autostarted = useRef(false);
  useEffect(() => {
    if (!autostart || autostarted.current) return;
    autostarted.current = true;
    autostartOnce();
  }, [autostart]);

  const selectedTrack = tracks.find((item) => item.id === track);
  const resetsAt = quota.data?.resetsAt;

  return (
    <div className="mt-8 space-y-6">
      <QuotaSummary quota={quota} upgradeAvailable={upgradeAvailable} />

      {block?.kind === "quota" ? <QuotaExceeded block={block} fallbackPlan={quota.data?.plan ?? null} upgradeAvailable={upgradeAvailable} /> : null}
      {block?.kind === "unverified" ? <EmailUnverified email={email} /> : null}

      {confirming ? (
        <StartConfirm
          choice={{ track, level, count: Number(count), tags: tags ?? [] }}
          quota={quota.data}
          inProgress={inProgress}
          pending={pending}
          onConfirm={start}
          onChange={() => setConfirming(false)}
        />
      ) : inProgress ? (
        <p className="rounded-lg bg-brand-50 px-4 py-3 text-sm text-slate-800 ring-1 ring-brand-100">
          {t.rich("inProgress", {
            answered: inProgress.answeredCount,
            total: inProgress.questionCount,
            link: (chunks) => (
              <Link href={`/practice/${inProgress.id}`} className="font-semibold text-brand-700 underline hover:text-brand-900">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}

      <Form
        form={form}
        onSubmit={send}
        pending={pending}
        // Runs before the form's check: a tag still in the add field goes in with the rest.
        onSubmitCapture={addTypedTags}
        hidden={confirming}
        aria-label={t("formLabel")}
        className="space-y-8"
      >
        <TrackField tracks={tracks} />
        <LevelField />
        <QuestionCountField />

        <FocusTagsField trackName={selectedTrack ? tv(`tracks.${selectedTrack.id}`) : t("thisTrack")} suggested={SUGGESTED_TAGS[track]} draft={tagDraft} onDraftChange={setTagDraft} />

        <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
          {outOfQuota ? (
            <>
              {/* Disabled outright (not aria-disabled): there is nothing to press it for until a start frees up. */}
              <button type="submit" disabled aria-describedby="start-disabled-reason" className={buttonClass("primary", { extra: "cursor-not-allowed opacity-60" })}>
                {t("start")}
              </button>
              <p id="start-disabled-reason" className="text-sm text-slate-700">
                {t("noneLeft")}{" "}
                {resetsAt ? t.rich("freesUp", { time: () => <LocalTime iso={resetsAt} format="weekdayTime" /> }) : null} {t("quota.rule")}
              </p>
            </>
          ) : (
            <SubmitButton pending={pending} pendingLabel={t("starting")}>
              {t("start")}
            </SubmitButton>
          )}
          <p role="status" className="text-sm text-slate-700">
            {navigating ? t("ready") : create.isPending ? t("choosing") : null}
          </p>
        </div>
      </Form>
    </div>
  );
}

