/** What any client may see of a user (auth, me and admin procedures share it). Client-safe: zod and contracts only. */
import { z } from "zod";
import { ZLanguageSchema } from "./vocabulary/languages";
import { ZRoleSchema } from "./vocabulary/roles";
import { ZLevelSchema, ZTrackSchema } from "./vocabulary/tracks";

/** Never a hash, a token or internal counters. */
export const ZPublicUserSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    name: z.string(),
    role: ZRoleSchema,
    emailVerified: z.boolean(),
    /** False for accounts that only sign in with Google, GitHub or LinkedIn. */
    hasPassword: z.boolean(),
    gender: z.string().nullable(),
    age: z.number().int().nullable(),
    preferences: z.object({
      track: ZTrackSchema.nullable(),
      level: ZLevelSchema.nullable(),
      /** When track or level last changed (null: never). Newer than the last interview's start, they are what the practice form starts from. */
      updatedAt: z.string().datetime().nullable(),
      emailNotifications: z.boolean(),
      /** Opt-in morning email on days with reviews due. */
      reviewReminders: z.boolean(),
      /** Opt-in Monday-morning summary of the last seven days. */
      weeklySummary: z.boolean(),
      /** IANA time zone reminders are timed in (null: UTC). */
      timeZone: z.string().nullable(),
      /** Interface and email language (null: follow the browser's Accept-Language, then English). */
      language: ZLanguageSchema.nullable(),
    }),
    createdAt: z.string().datetime(),
  })
  .meta({
    example: {
      id: "7b1c2f9e-3f4a-4a53-9f1e-2d1c0b6a9e11",
      email: "ada@example.com",
      name: "Ada",
      role: "user",
      emailVerified: true,
      hasPassword: true,
      gender: null,
      age: null,
      preferences: {
        track: "software_engineering",
        level: "mid",
        updatedAt: "2026-11-26T09:30:00.000Z",
        emailNotifications: true,
        reviewReminders: false,
        weeklySummary: false,
        timeZone: "Europe/Berlin",
        language: "en",
      },
      createdAt: "2026-11-25T10:00:00.000Z",
    },
  });

export type TPublicUser = z.infer<typeof ZPublicUserSchema>;
