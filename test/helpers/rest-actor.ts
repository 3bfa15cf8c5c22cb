/** Setup shared by tests that call the real REST handler as a signed-in client. */
import type { TDatabase } from "@/db";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { verifiedTestUser } from "./caller";

/** The error body every REST 4xx/5xx shares (api-v1.md). */
export type TRestErrorBody = { error: { code: string; message: string; details?: { fields?: Record<string, string> } } };

/** A verified user, their tRPC caller and the Authorization header of a fresh access token. */
export async function bearerTestUser(db: TDatabase, prefix: string) {
  const { user, caller } = await verifiedTestUser(db, prefix);
  const { accessToken } = await issueTokenPair(db, user);
  return { user, caller, authorization: `Bearer ${accessToken}` };
}
