import type { TUserRow } from "@/db/schema";
import type { TPublicUser } from "@/server/contracts/users";

export type { TPublicUser };

export function toPublicUser(user: TUserRow): TPublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerified !== null,
    hasPassword: user.passwordHash !== null,
    gender: user.gender,
    age: user.age,
    preferences: {
      track: user.preferredTrack,
      level: user.preferredLevel,
      updatedAt: user.preferencesUpdatedAt?.toISOString() ?? null,
      emailNotifications: user.emailNotifications,
      reviewReminders: user.reviewReminders,
      weeklySummary: user.weeklySummary,
      timeZone: user.timeZone,
      language: user.language,
    },
    createdAt: user.createdAt.toISOString(),
  };
}
