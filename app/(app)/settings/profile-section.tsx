"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
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

/** The form's strings and checkboxes, turned into me.update's input and checked by its schema (its one own message in the page's language). */
const profileFormSchema = (ageFormat: string) => z.object({
  name: PROFILE.name,
  gender: z.string().transform(emptyAsNull).pipe(PROFILE.gender.unwrap()),
  age: z
    .string()
    .trim()
    .regex(/^\d*$/, { error: ageFormat })
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
  const t = useTranslations("settings.profile");
  const router = useRouter();
  const ageFormat = t("ageFormat");
  const ZProfileFormSchema = useMemo(() => profileFormSchema(ageFormat), [ageFormat]);
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
      <FormTextField name="name" label={t("name")} autoComplete="name" required />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormTextField name="gender" label={t("gender")} optional hint={t("genderHint")} autoComplete="sex" maxLength={40} />
        <FormTextField name="age" label={t("age")} optional hint={t("ageHint")} inputMode="numeric" autoComplete="off" />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormTrackSelect name="preferences.track" label={t("track")} emptyLabel={t("noPreference")} />
        <FormLevelSelect name="preferences.level" label={t("level")} emptyLabel={t("noPreference")} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">{t("emails")}</legend>
        <FormCheckboxField name="preferences.emailNotifications" label={t("notifications")} hint={t("notificationsHint")} />
        <FormCheckboxField name="preferences.reviewReminders" label={t("reviews")} hint={t("reviewsHint")} />
        <FormCheckboxField name="preferences.weeklySummary" label={t("weekly")} hint={t("weeklyHint")} />
        <p className="text-sm text-slate-600">
          {user.preferences.timeZone ? t("timeZone", { zone: user.preferences.timeZone }) : t("timeZoneUnknown")}
        </p>
      </fieldset>
      <FormFooter pending={update.isPending} done={update.isSuccess ? t("saved") : null}>
        {t("save")}
      </FormFooter>
    </MutationForm>
  );
}
