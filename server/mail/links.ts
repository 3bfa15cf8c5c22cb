/** The links emails carry. Tokens are URL-safe already; encoding them anyway keeps a link valid whatever the token. */
import { getEnv } from "@/server/env";

export function verifyEmailLink(token: string, appUrl: string = getEnv().APP_URL): string {
  return `${appUrl}/verify-email?token=${encodeURIComponent(token)}`;
}

export function resetPasswordLink(token: string, appUrl: string = getEnv().APP_URL): string {
  return `${appUrl}/reset-password?token=${encodeURIComponent(token)}`;
}
