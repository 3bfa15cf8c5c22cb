import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { resolveRequestUser } from "@/server/auth/resolve-request-user";
import { requestIdFrom } from "@/server/request-context";

/** Calls procedures from server components, with the same context (and checks) as the HTTP endpoint. */
export const serverCaller = cache(async () => {
  const requestHeaders = await headers();
  const request = new Request("http://internal/", { headers: requestHeaders });
  const identity = await resolveRequestUser(request, "session");
  return createCaller(
    createContextInner({
      requestId: requestIdFrom(requestHeaders.get("x-request-id")),
      user: identity.user,
      sessionId: identity.sessionId,
      transport: "web",
    }),
  );
});
