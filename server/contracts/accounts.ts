/** The account procedures' inputs (sign-up, tokens, password and email change, profile, deletion), shared by the forms, tRPC and REST. Client-safe. */
import { z } from "zod";
import { ZCurrentPasswordSchema } from "./auth";
import { ZEmailSchema } from "./email";
import { ZNewPasswordSchema } from "./new-password";
import { zSafeLine } from "./safe-string";
import { ZLanguageSchema } from "./vocabulary/languages";
import { ZLevelSchema, ZTrackSchema } from "./vocabulary/tracks";

export const ZNameSchema = zSafeLine()
  .trim()
  .min(1, { error: "Enter your name." })
  .max(100, { error: "A name has at most 100 characters." });

export const ZRegisterInputSchema = z.object({
  email: ZEmailSchema,
  password: ZNewPasswordSchema,
  name: ZNameSchema,
});

export const ZTokenInputSchema = z.object({ token: zSafeLine().min(16).max(200) });

export const ZResetPasswordInputSchema = z.object({ token: zSafeLine().min(16).max(200), newPassword: ZNewPasswordSchema });

export const ZChangePasswordInputSchema = z.object({ currentPassword: ZCurrentPasswordSchema, newPassword: ZNewPasswordSchema });

export const ZChangeEmailInputSchema = z.object({ newEmail: ZEmailSchema, password: ZCurrentPasswordSchema });

export const ZDeleteAccountInputSchema = z.object({ password: ZCurrentPasswordSchema });

/** An IANA zone name as the browser's Intl reports it ("Europe/Berlin"); the database must know it too (profile.ts). */
export const ZTimeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64, { error: "At most 64 characters." })
  .regex(/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+){0,2}$/, { error: "Give an IANA time zone, like Europe/Berlin." });

/** A setting the request may leave out (unchanged) or send as null (cleared). */
function clearable<T extends z.ZodType>(schema: T) {
  return schema.nullable().optional();
}

export const ZUpdateProfileInputSchema = z.object({
  name: ZNameSchema.optional(),
  gender: clearable(zSafeLine().trim().max(40, { error: "At most 40 characters." })),
  age: clearable(z.number().min(13, { error: "You must be at least 13." }).max(120, { error: "Enter a real age." }).int()),
  preferences: z
    .object({
      track: clearable(ZTrackSchema),
      level: clearable(ZLevelSchema),
      emailNotifications: z.boolean().optional(),
      reviewReminders: z.boolean().optional(),
      weeklySummary: z.boolean().optional(),
      timeZone: clearable(ZTimeZoneSchema),
      /** null: follow the browser again. */
      language: clearable(ZLanguageSchema),
    })
    .optional(),
});

export type TUpdateProfileInput = z.infer<typeof ZUpdateProfileInputSchema>;
