import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { requestIdFrom } from "@/server/request-context";

/** Calls procedures from server components, with the same context (and checks) as the HTTP endpoint. */
export const serverCaller = cache(async () => {
  const requestHeaders = await headers();
  const request = new Request("http://internal/", { headers: requestHeaders });
  return createCaller(await createRequestContext(request, { requestId: requestIdFrom(requestHeaders.get("x-request-id")), transport: "web" }));
});
