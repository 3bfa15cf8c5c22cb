import type { TSessionUser } from "@/server/api/trpc";

/**
 * Who is calling: from the session cookie ("session", the web app) or a bearer access token
 * ("bearer", the REST API). Accounts are not built yet, so every caller is anonymous.
 */
export async function resolveRequestUser(_req: Request, _mode: "session" | "bearer"): Promise<TSessionUser | null> {
  return null;
}
