/**
 * The JSON API's route handlers, keyed by the Next route (app/api/…/route.ts) that serves the same
 * paths. The production server (scripts/lib/serve.ts) calls these directly for those paths, so the
 * API skips Next's router, proxy.ts and page machinery; Next's route files wrap the same handlers.
 */
import { healthRoute } from "./health-route";
import { handleRestRequest } from "./rest-handler";
import { handleTrpcRequest } from "./trpc-handler";
import { withRequest } from "./with-request";

export type TFetchHandler = (req: Request) => Promise<Response>;
export type TMethodHandlers = Partial<Record<string, TFetchHandler>>;

function sameHandler(handler: TFetchHandler, methods: string[]): TMethodHandlers {
  return Object.fromEntries(methods.map((method) => [method, handler]));
}

export const API_ROUTES: Record<string, TMethodHandlers> = {
  "/api/v1/[...path]": sameHandler(withRequest(handleRestRequest), ["GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"]),
  "/api/trpc/[trpc]": sameHandler(withRequest(handleTrpcRequest), ["GET", "POST"]),
  "/api/health": { GET: healthRoute },
};
