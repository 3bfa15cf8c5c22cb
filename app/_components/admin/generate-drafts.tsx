"use client";

import { useId, useState } from "react";
import { api } from "@/app/_trpc/client";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { buttonClass } from "../button-styles";
import { LEVEL_OPTIONS, TRACK_OPTIONS, VocabularyOptions } from "../vocabulary-options";

/** Asks the configured model for inactive drafts of a track and level; they appear in the list for review. */
export function GenerateDrafts({ onCreated }: { onCreated: (created: number) => void }) {
  const id = useId();
  const [track, setTrack] = useState<TTrack>("software_engineering");
  const [level, setLevel] = useState<TLevel>("mid");
  const generate = api.admin.generateDrafts.useMutation();
  const selectClass = "rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Generate drafts with AI">
      <label htmlFor={`${id}-track`} className="sr-only">
        Track for drafts
      </label>
      <select id={`${id}-track`} value={track} onChange={(event) => setTrack(event.target.value as TTrack)} className={selectClass}>
        <VocabularyOptions options={TRACK_OPTIONS} />
      </select>
      <label htmlFor={`${id}-level`} className="sr-only">
        Level for drafts
      </label>
      <select id={`${id}-level`} value={level} onChange={(event) => setLevel(event.target.value as TLevel)} className={selectClass}>
        <VocabularyOptions options={LEVEL_OPTIONS} />
      </select>
      <button
        type="button"
        className={buttonClass("secondary", { size: "sm" })}
        aria-disabled={generate.isPending}
        onClick={() => {
          if (generate.isPending) return;
          generate.mutate({ track, level, count: 5 }, { onSuccess: (result) => onCreated(result.created) });
        }}
      >
        {generate.isPending ? "Generating…" : "Generate drafts with AI"}
      </button>
      {generate.isError ? (
        <span role="alert" className="text-sm text-red-700">
          {generate.error.message}
        </span>
      ) : null}
    </div>
  );
}
