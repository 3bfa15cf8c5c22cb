"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FieldError } from "@/app/_components/field-error";
import { describedBy, inputClass } from "@/app/_components/field-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { appCodeOf, useFormErrors, validate } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import type { TInterviewSummary } from "@/server/contracts/interviews";
import { MAX_FOCUS_TAGS, MAX_QUESTIONS, ZStartInterviewInputSchema, type TStartInterviewInput } from "@/server/contracts/interviews";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { LevelField, TrackField, type TTrackInfo } from "./choice-fields";
import { EmailUnverified } from "./email-unverified";
import { FocusTagsField } from "./focus-tags-field";
import { normalizeTag } from "./prefill";
import { LocalTime } from "@/app/_components/local-time";
import { interviewsLeft, QUOTA_RULE, QuotaExceeded, QuotaSummary, type TQuota, type TQuotaBlock } from "./quota-notice";
import { StartConfirm } from "./start-confirm";
import { useIdempotencyKey } from "./use-idempotency-key";

const FIELDS = ["track", "level", "questionCount", "focusTags"] as const;

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

function detailsOf(error: unknown): Record<string, unknown> | null {
  const details = (error as { data?: { details?: unknown } | null } | null)?.data?.details;
  return details && typeof details === "object" ? (details as Record<string, unknown>) : null;
}

export function StartForm({ tracks, email, defaults, autostart, initialQuota, inProgress, upgradeAvailable }: StartFormProps) {
  const router = useRouter();
  const utils = api.useUtils();
  const errors = useFormErrors("start-interview", FIELDS);
  const [track, setTrack] = useState<TTrack>(defaults.track);
  const [level, setLevel] = useState<TLevel>(defaults.level);
  const [count, setCount] = useState(String(defaults.count));
  const [tags, setTags] = useState<string[]>(defaults.tags);
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

  function addTags(raw: string) {
    const added = raw.split(",").map(normalizeTag).filter(Boolean);
    if (added.length === 0) return;
    setTags((current) => [...new Set([...current, ...added])].slice(0, MAX_FOCUS_TAGS));
    errors.clearField("focusTags");
  }

  function toggleTag(tag: string) {
    setTags((current) => (current.includes(tag) ? current.filter((item) => item !== tag) : [...current, tag].slice(0, MAX_FOCUS_TAGS)));
  }

  function start() {
    if (pending || outOfQuota) return;
    // A tag typed but not yet added still counts: nothing the candidate typed is dropped.
    const pendingTags = tagDraft.split(",").map(normalizeTag).filter(Boolean);
    const focusTags = [...new Set([...tags, ...pendingTags])];
    if (pendingTags.length > 0) {
      setTags(focusTags.slice(0, MAX_FOCUS_TAGS));
      setTagDraft("");
    }
    // The schema's own limits and words: the same as the server's.
    const questionCount = Number(count);
    // Questions asked for by id (a review item) only make sense with the track and level they came with.
    const questionIds = defaults.questionIds?.length && track === defaults.track && level === defaults.level ? defaults.questionIds : undefined;
    const checked = validate(
      ZStartInterviewInputSchema,
      { track, level, questionCount, focusTags: focusTags.length > 0 ? focusTags : undefined, questionIds },
      FIELDS,
    );
    if (!checked.ok) {
      setConfirming(false);
      return errors.fail(checked.fields, checked.message);
    }
    errors.reset();
    setBlock(null);
    create.mutate(checked.data, {
      onSuccess: ({ interview }) => {
        startKey.reset();
        setNavigating(true);
        void utils.interviews.quota.invalidate();
        router.push(`/practice/${interview.id}`);
      },
      onError: (error) => {
        const code = appCodeOf(error);
        const details = detailsOf(error);
        setConfirming(false);
        if (code === "QUOTA_EXCEEDED") {
          void utils.interviews.quota.invalidate();
          setBlock({
            kind: "quota",
            limit: typeof details?.limit === "number" ? details.limit : null,
            used: typeof details?.used === "number" ? details.used : null,
            resetsAt: typeof details?.resetsAt === "string" ? details.resetsAt : null,
            plan: typeof details?.plan === "string" ? details.plan : null,
          });
          return;
        }
        if (code === "FORBIDDEN" && details?.reason === "email_unverified") {
          setBlock({ kind: "unverified" });
          return;
        }
        errors.failFromServer(error);
      },
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    start();
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
  const countError = errors.fieldErrors.questionCount;
  const tagsError = errors.fieldErrors.focusTags;
  const questionCount = Number(count);

  return (
    <div className="mt-8 space-y-6">
      <QuotaSummary quota={quota} upgradeAvailable={upgradeAvailable} />

      {block?.kind === "quota" ? <QuotaExceeded block={block} fallbackPlan={quota.data?.plan ?? null} upgradeAvailable={upgradeAvailable} /> : null}
      {block?.kind === "unverified" ? <EmailUnverified email={email} /> : null}
      {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}

      {confirming ? (
        <StartConfirm
          choice={{ track, level, count: Number(count), tags }}
          quota={quota.data}
          inProgress={inProgress}
          pending={pending}
          onConfirm={start}
          onChange={() => setConfirming(false)}
        />
      ) : inProgress ? (
        <p className="rounded-lg bg-brand-50 px-4 py-3 text-sm text-slate-800 ring-1 ring-brand-100">
          You have an interview in progress ({inProgress.answeredCount} of {inProgress.questionCount} answered).{" "}
          <Link href={`/practice/${inProgress.id}`} className="font-semibold text-brand-700 underline hover:text-brand-900">
            Resume it
          </Link>{" "}
          instead of starting a new one.
        </p>
      ) : null}

      <form hidden={confirming} noValidate onSubmit={onSubmit} aria-busy={pending} aria-label="Start a practice interview" className="space-y-8">
        <TrackField tracks={tracks} value={track} onChange={setTrack} firstId={errors.idFor("track")} />
        <LevelField value={level} onChange={setLevel} firstId={errors.idFor("level")} />

        <div>
          <label htmlFor={errors.idFor("questionCount")} className="block text-lg font-semibold text-slate-900">
            Number of questions
          </label>
          <p id="question-count-hint" className="mt-1 text-sm text-slate-600">
            1 to {MAX_QUESTIONS}.{" "}
            {Number.isInteger(questionCount) && questionCount >= 1 && questionCount <= MAX_QUESTIONS
              ? `About ${questionCount * 4}–${questionCount * 6} minutes.`
              : null}
          </p>
          <input
            id={errors.idFor("questionCount")}
            name="questionCount"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUESTIONS}
            step={1}
            value={count}
            onChange={(event) => {
              setCount(event.target.value);
              errors.clearField("questionCount");
            }}
            aria-invalid={countError ? true : undefined}
            aria-describedby={describedBy(countError && `${errors.idFor("questionCount")}-error`, "question-count-hint")}
            className={inputClass(Boolean(countError), "max-w-[8rem]")}
          />
          {countError ? <FieldError id={`${errors.idFor("questionCount")}-error`} message={countError} /> : null}
        </div>

        <FocusTagsField
          trackName={selectedTrack?.name ?? "this track"}
          suggested={SUGGESTED_TAGS[track]}
          tags={tags}
          onToggle={toggleTag}
          onAdd={addTags}
          draft={tagDraft}
          onDraftChange={setTagDraft}
          inputId={errors.idFor("focusTags")}
          error={tagsError}
        />

        <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
          {outOfQuota ? (
            <>
              {/* Disabled outright (not aria-disabled): there is nothing to press it for until a start frees up. */}
              <button type="submit" disabled aria-describedby="start-disabled-reason" className={buttonClass("primary", { extra: "cursor-not-allowed opacity-60" })}>
                Start interview
              </button>
              <p id="start-disabled-reason" className="text-sm text-slate-700">
                No interviews left this week.{" "}
                {quota.data?.resetsAt ? (
                  <>
                    The next one frees up <LocalTime iso={quota.data.resetsAt} format="weekdayTime" />.
                  </>
                ) : null}{" "}
                {QUOTA_RULE}
              </p>
            </>
          ) : (
            <SubmitButton pending={pending} pendingLabel="Starting…">
              Start interview
            </SubmitButton>
          )}
          <p role="status" className="text-sm text-slate-700">
            {navigating ? "Interview ready. Opening the first question…" : create.isPending ? "Choosing your questions…" : null}
          </p>
        </div>
      </form>
    </div>
  );
}

