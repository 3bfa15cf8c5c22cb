"use client";

import { useRouter } from "next/navigation";
import * as z from "zod";
import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormCheckboxField, FormLevelSelect, FormTextField, FormTrackSelect } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { api } from "@/app/_trpc/client";
import type { TPublicUser } from "@/server/contracts/users";
import { ZUpdateProfileInputSchema } from "@/server/contracts/accounts";

const PROFILE = ZUpdateProfileInputSchema.shape;
const PREFERENCES = PROFILE.preferences.unwrap().shape;
/** An empty text box means null. */
const emptyAsNull = (value: string) => (value.trim() === "" ? null : value);
/** "No preference" (value "") means null. */
const ZNoPreference = z.literal("").transform(() => null);

/** The form's strings and checkboxes, turned into me.update's input and checked by its schema. */
const ZProfileFormSchema = z.object({
  name: PROFILE.name,
  gender: z.string().transform(emptyAsNull).pipe(PROFILE.gender.unwrap()),
  age: z
    .string()
    .trim()
    .regex(/^\d*$/, { error: "Enter your age as a whole number, like 27, or leave it empty." })
    .transform((text) => (text === "" ? null : Number(text)))
    .pipe(PROFILE.age.unwrap()),
  preferences: z.object({
    track: z.union([ZNoPreference, PREFERENCES.track.unwrap()]),
    level: z.union([ZNoPreference, PREFERENCES.level.unwrap()]),
    emailNotifications: z.boolean(),
    reviewReminders: z.boolean(),
    weeklySummary: z.boolean(),
  }),
});

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
  const { track, level, emailNotifications, reviewReminders, weeklySummary } = user.preferences;
  const form = useZodForm(ZProfileFormSchema, {
    id: "profile",
    defaultValues: {
      name: user.name,
      gender: user.gender ?? "",
      age: user.age === null ? "" : String(user.age),
      preferences: { track: track ?? "", level: level ?? "", emailNotifications, reviewReminders, weeklySummary },
    },
  });
  const update = api.me.update.useMutation();

  return (
    <MutationForm
      form={form}
      mutation={update}
      input={(values) => ({ ...values, preferences: { ...values.preferences, timeZone: browserTimeZone() ?? user.preferences.timeZone } })}
      // The header shows the name: it comes from the server.
      onSuccess={() => router.refresh()}
    >
      <FormTextField name="name" label="Name" autoComplete="name" required />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormTextField name="gender" label="Gender" optional hint="In your own words, or leave it empty." autoComplete="sex" maxLength={40} />
        <FormTextField name="age" label="Age" optional hint="A whole number, 13 or over." inputMode="numeric" autoComplete="off" />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormTrackSelect name="preferences.track" label="Preferred track" emptyLabel="No preference" />
        <FormLevelSelect name="preferences.level" label="Preferred level" emptyLabel="No preference" />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Emails</legend>
        <FormCheckboxField
          name="preferences.emailNotifications"
          label="Email notifications"
          hint="News about Rehearse and notices about your quota. Emails about your account (verification, password resets) are always sent."
        />
        <FormCheckboxField
          name="preferences.reviewReminders"
          label="Reviews due today"
          hint="At 8 am your time, on days when questions from your review queue are due."
        />
        <FormCheckboxField
          name="preferences.weeklySummary"
          label="Weekly progress summary"
          hint="Monday at 8 am your time: what you practised in the last seven days and what is due."
        />
        <p className="text-sm text-slate-600">
          {user.preferences.timeZone ? `Your time zone: ${user.preferences.timeZone} (from this browser, updated when you save).` : "Your time zone is taken from this browser when you save."}
        </p>
      </fieldset>
      <FormFooter pending={update.isPending} done={update.isSuccess ? "Saved." : null}>
        Save profile
      </FormFooter>
    </MutationForm>
  );
}
