"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { TextField } from "@/app/_components/text-field";
import { useFormErrors, validate } from "@/app/_components/use-form-errors";
import { CheckboxRow } from "./checkbox-row";
import { api } from "@/app/_trpc/client";
import type { TPublicUser } from "@/server/accounts/public-user";
import { ZUpdateProfileInputSchema } from "@/server/accounts/schemas";
import { LEVEL_NAMES, LEVELS, TRACK_NAMES, TRACKS } from "@/server/contracts/vocabulary/tracks";

const FIELDS = [
  "name",
  "gender",
  "age",
  "preferences.track",
  "preferences.level",
  "preferences.emailNotifications",
  "preferences.reviewReminders",
  "preferences.weeklySummary",
  "preferences.timeZone",
] as const;

/** The browser's own zone, sent with every save: reminders go out at 08:00 there. */
function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

export function ProfileSection({ user }: { user: TPublicUser }) {
  const router = useRouter();
  const errors = useFormErrors("profile", FIELDS);
  const [name, setName] = useState(user.name);
  const [gender, setGender] = useState(user.gender ?? "");
  const [age, setAge] = useState(user.age === null ? "" : String(user.age));
  const [track, setTrack] = useState<string>(user.preferences.track ?? "");
  const [level, setLevel] = useState<string>(user.preferences.level ?? "");
  const [emailNotifications, setEmailNotifications] = useState(user.preferences.emailNotifications);
  const [reviewReminders, setReviewReminders] = useState(user.preferences.reviewReminders);
  const [weeklySummary, setWeeklySummary] = useState(user.preferences.weeklySummary);
  const update = api.me.update.useMutation();

  /** Any edit after a save makes "Saved" stale. */
  function edited(field: (typeof FIELDS)[number]) {
    errors.clearField(field);
    if (update.isSuccess) update.reset();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const ageText = age.trim();
    if (ageText !== "" && !/^\d+$/.test(ageText)) {
      return errors.fail({ age: "Enter your age as a whole number, like 27, or leave it empty." });
    }
    const checked = validate(
      ZUpdateProfileInputSchema,
      {
        name,
        gender: gender.trim() === "" ? null : gender,
        age: ageText === "" ? null : Number(ageText),
        preferences: {
          track: track || null,
          level: level || null,
          emailNotifications,
          reviewReminders,
          weeklySummary,
          timeZone: browserTimeZone() ?? user.preferences.timeZone,
        },
      },
      FIELDS,
    );
    if (!checked.ok) return errors.fail(checked.fields, checked.message);
    errors.reset();
    update.mutate(checked.data, {
      onError: errors.failFromServer,
      // The header shows the name: it comes from the server.
      onSuccess: () => router.refresh(),
    });
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit} aria-busy={update.isPending} className="space-y-5">
      {errors.formError ? <FormAlert>{errors.formError}</FormAlert> : null}
      <TextField
        id={errors.idFor("name")}
        label="Name"
        autoComplete="name"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          edited("name");
        }}
        error={errors.fieldErrors.name}
        required
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id={errors.idFor("gender")}
          label="Gender"
          optional
          hint="In your own words, or leave it empty."
          autoComplete="sex"
          maxLength={40}
          value={gender}
          onChange={(event) => {
            setGender(event.target.value);
            edited("gender");
          }}
          error={errors.fieldErrors.gender}
        />
        <TextField
          id={errors.idFor("age")}
          label="Age"
          optional
          hint="A whole number, 13 or over."
          inputMode="numeric"
          autoComplete="off"
          value={age}
          onChange={(event) => {
            setAge(event.target.value);
            edited("age");
          }}
          error={errors.fieldErrors.age}
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          id={errors.idFor("preferences.track")}
          label="Preferred track"
          value={track}
          onChange={(event) => {
            setTrack(event.target.value);
            edited("preferences.track");
          }}
          error={errors.fieldErrors["preferences.track"]}
        >
          <option value="">No preference</option>
          {TRACKS.map((value) => (
            <option key={value} value={value}>
              {TRACK_NAMES[value]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={errors.idFor("preferences.level")}
          label="Preferred level"
          value={level}
          onChange={(event) => {
            setLevel(event.target.value);
            edited("preferences.level");
          }}
          error={errors.fieldErrors["preferences.level"]}
        >
          <option value="">No preference</option>
          {LEVELS.map((value) => (
            <option key={value} value={value}>
              {LEVEL_NAMES[value]}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Emails</legend>
        <CheckboxRow
          id={errors.idFor("preferences.emailNotifications")}
          label="Email notifications"
          hint="News about Rehearse and notices about your quota. Emails about your account (verification, password resets) are always sent."
          checked={emailNotifications}
          onChange={(checked) => {
            setEmailNotifications(checked);
            edited("preferences.emailNotifications");
          }}
        />
        <CheckboxRow
          id={errors.idFor("preferences.reviewReminders")}
          label="Reviews due today"
          hint="At 8 am your time, on days when questions from your review queue are due."
          checked={reviewReminders}
          onChange={(checked) => {
            setReviewReminders(checked);
            edited("preferences.reviewReminders");
          }}
        />
        <CheckboxRow
          id={errors.idFor("preferences.weeklySummary")}
          label="Weekly progress summary"
          hint="Monday at 8 am your time: what you practised in the last seven days and what is due."
          checked={weeklySummary}
          onChange={(checked) => {
            setWeeklySummary(checked);
            edited("preferences.weeklySummary");
          }}
        />
        <p className="text-sm text-slate-600">
          {user.preferences.timeZone ? `Your time zone: ${user.preferences.timeZone} (from this browser, updated when you save).` : "Your time zone is taken from this browser when you save."}
        </p>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={update.isPending}>Save profile</SubmitButton>
        <p role="status" className="text-sm font-medium text-green-800">
          {update.isSuccess ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
