"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FieldError } from "@/app/_components/field-error";
import { describedBy, inputClass } from "@/app/_components/field-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { appCodeOf, useFormErrors, validate } from "@/app/_components/use-form-errors";
import { useTRPC, useTRPCClient } from "@/app/_trpc/client";
import type { TInterviewSummary } from "@/server/interviews/interview-dto";
import { ZStartInterviewInputSchema, type TStartInterviewInput } from "@/server/interviews/schemas";
import { LEVEL_NAMES, LEVELS, type TLevel, type TTrack } from "@/server/tracks";
import { EmailUnverified } from "./email-unverified";
import { MAX_FOCUS_TAGS, normalizeTag } from "./prefill";
import { LocalTime } from "../interviews/_components/local-time";
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

const LEVEL_HINTS: Record<TLevel, string> = {
  intern: "Fundamentals",
  junior: "0–2 years",
  mid: "2–5 years",
  senior: "5+ years",
};

interface TTrackInfo {
  id: TTrack;
  name: string;
  dimensions: Array<{ key: string; label: string; max: number }>;
}

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

function tagLabel(tag: string): string {
  return tag.replace(/-/g, " ");
}

function detailsOf(error: unknown): Record<string, unknown> | null {
  const details = (error as { data?: { details?: unknown } | null } | null)?.data?.details;
  return details && typeof details === "object" ? (details as Record<string, unknown>) : null;
}

export function StartForm({ tracks, email, defaults, autostart, initialQuota, inProgress, upgradeAvailable }: StartFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const errors = useFormErrors("start-interview", FIELDS);
  const [track, setTrack] = useState<TTrack>(defaults.track);
  const [level, setLevel] = useState<TLevel>(defaults.level);
  const [count, setCount] = useState(String(defaults.count));
  const [tags, setTags] = useState<string[]>(defaults.tags);
  const [tagDraft, setTagDraft] = useState("");
  const [block, setBlock] = useState<TBlock>(null);
  const [navigating, setNavigating] = useState(false);
  const quota = useQuery({ ...trpc.interviews.quota.queryOptions(), initialData: initialQuota });
  const [confirming, setConfirming] = useState(false);
  const left = interviewsLeft(quota.data);
  const outOfQuota = left === 0;
  const client = useTRPCClient();
  const startKey = useIdempotencyKey();
  // A retry of the same start (a dropped connection) carries the same key: one interview, quota spent once.
  const create = useMutation({
    ...trpc.interviews.create.mutationOptions(),
    mutationFn: (input: TStartInterviewInput) => client.interviews.create.mutate(input, { context: { idempotencyKey: startKey.for(input) } }),
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
    if (focusTags.length > MAX_FOCUS_TAGS) return errors.fail({ focusTags: `Choose at most ${MAX_FOCUS_TAGS} focus tags.` });
    const questionCount = Number(count);
    if (count.trim() === "" || !Number.isInteger(questionCount) || questionCount < 1 || questionCount > 10) {
      return errors.fail({ questionCount: "Choose between 1 and 10 questions." });
    }
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
        void queryClient.invalidateQueries({ queryKey: trpc.interviews.quota.queryKey() });
        router.push(`/practice/${interview.id}`);
      },
      onError: (error) => {
        const code = appCodeOf(error);
        const details = detailsOf(error);
        setConfirming(false);
        if (code === "QUOTA_EXCEEDED") {
          void queryClient.invalidateQueries({ queryKey: trpc.interviews.quota.queryKey() });
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
  const suggested = SUGGESTED_TAGS[track];
  const customTags = tags.filter((tag) => !suggested.includes(tag));
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
        <fieldset>
          <legend className="text-lg font-semibold text-slate-900">Track</legend>
          <p className="mt-1 text-sm text-slate-600">Each track has its own rubric: these are the skills your answers are scored on.</p>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            {tracks.map((item, index) => (
              <label
                key={item.id}
                className="flex cursor-pointer gap-3 rounded-xl border border-slate-300 bg-white p-4 shadow-sm hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-700"
              >
                <input
                  id={index === 0 ? errors.idFor("track") : undefined}
                  type="radio"
                  name="track"
                  value={item.id}
                  checked={track === item.id}
                  onChange={() => setTrack(item.id)}
                  aria-describedby={`track-${item.id}-dimensions`}
                  className="mt-1 h-4 w-4 flex-none accent-brand-700"
                />
                <span className="min-w-0">
                  <span className="block font-semibold text-slate-900">{item.name}</span>
                  <span id={`track-${item.id}-dimensions`} className="mt-1 block text-sm text-slate-700">
                    <span className="sr-only">Scored on: </span>
                    <span className="mt-1 flex flex-wrap gap-1.5">
                      {item.dimensions.map((dimension) => (
                        <span key={dimension.key} className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300">
                          {dimension.label}
                          <span className="sr-only">,</span>
                        </span>
                      ))}
                    </span>
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend className="text-lg font-semibold text-slate-900">Level</legend>
          <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {LEVELS.map((item, index) => (
              <label
                key={item}
                className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2.5 hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-700"
              >
                <input
                  id={index === 0 ? errors.idFor("level") : undefined}
                  type="radio"
                  name="level"
                  value={item}
                  checked={level === item}
                  onChange={() => setLevel(item)}
                  className="h-4 w-4 flex-none accent-brand-700"
                />
                <span>
                  <span className="block text-sm font-semibold text-slate-900">{LEVEL_NAMES[item]}</span>
                  <span className="block text-xs text-slate-600">{LEVEL_HINTS[item]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <div>
          <label htmlFor={errors.idFor("questionCount")} className="block text-lg font-semibold text-slate-900">
            Number of questions
          </label>
          <p id="question-count-hint" className="mt-1 text-sm text-slate-600">
            1 to 10.{" "}
            {Number.isInteger(questionCount) && questionCount >= 1 && questionCount <= 10
              ? `About ${questionCount * 4}–${questionCount * 6} minutes.`
              : null}
          </p>
          <input
            id={errors.idFor("questionCount")}
            name="questionCount"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
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

        <fieldset aria-describedby={describedBy(tagsError && "focus-tags-error", "focus-tags-hint")}>
          <legend className="text-lg font-semibold text-slate-900">
            Focus tags <span className="text-sm font-normal text-slate-600">(optional)</span>
          </legend>
          <p id="focus-tags-hint" className="mt-1 text-sm text-slate-600">
            Questions on these topics come first. Up to {MAX_FOCUS_TAGS}.
          </p>
          <div role="group" aria-label={`Suggested tags for ${selectedTrack?.name ?? "this track"}`} className="mt-3 flex flex-wrap gap-2">
            {suggested.map((tag) => {
              const on = tags.includes(tag);
              return (
                <button
                  key={tag}
                  type="button"
                  aria-pressed={on}
                  onClick={() => toggleTag(tag)}
                  className={`inline-flex items-center gap-1 rounded-full border px-3 py-1.5 text-sm font-medium ${
                    on ? "border-brand-700 bg-brand-700 text-white hover:bg-brand-900" : "border-slate-400 bg-white text-slate-800 hover:bg-slate-50"
                  }`}
                >
                  <span aria-hidden="true">{on ? "✓" : "+"}</span>
                  {tagLabel(tag)}
                </button>
              );
            })}
          </div>
          {customTags.length > 0 ? (
            <ul aria-label="Your own tags" className="mt-3 flex flex-wrap gap-2">
              {customTags.map((tag) => (
                <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-brand-700 py-1 pl-3 pr-1 text-sm font-medium text-white">
                  {tagLabel(tag)}
                  <button
                    type="button"
                    onClick={() => toggleTag(tag)}
                    className="flex h-6 w-6 items-center justify-center rounded-full hover:bg-brand-900"
                    aria-label={`Remove tag ${tagLabel(tag)}`}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="mt-3 max-w-md">
            <label htmlFor={errors.idFor("focusTags")} className="block text-sm font-medium text-slate-900">
              Add your own tag
            </label>
            <div className="mt-1 flex gap-2">
              <input
                id={errors.idFor("focusTags")}
                type="text"
                value={tagDraft}
                maxLength={200}
                placeholder="e.g. kubernetes"
                onChange={(event) => setTagDraft(event.target.value)}
                onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
                  if (event.key === "Enter" || event.key === ",") {
                    event.preventDefault();
                    addTags(tagDraft);
                    setTagDraft("");
                  }
                }}
                aria-invalid={tagsError ? true : undefined}
                className={inputClass(Boolean(tagsError), "mt-0")}
              />
              <button
                type="button"
                onClick={() => {
                  addTags(tagDraft);
                  setTagDraft("");
                }}
                className={buttonClass("secondary", { extra: "flex-none" })}
              >
                Add
              </button>
            </div>
          </div>
          {tagsError ? <FieldError id="focus-tags-error" message={tagsError} /> : null}
        </fieldset>

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

