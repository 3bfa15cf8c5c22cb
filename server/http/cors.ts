/**
 * CORS for /api/v1: off unless CORS_ORIGINS lists the caller's origin. Bearer tokens, not cookies,
 * authenticate REST calls, so credentials are never allowed cross-origin.
 */
export function corsHeaders(req: Request, allowedOrigins: string[]): Record<string, string> {
  const origin = req.headers.get("origin");
  if (!origin || !allowedOrigins.includes(origin)) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    Vary: "Origin",
    // Every response header the contract documents, so browser code can read them as curl can.
    "Access-Control-Expose-Headers": "x-request-id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Idempotent-Replayed, Allow, Content-Range, Accept-Ranges",
  };
}

export function preflightResponse(req: Request, cors: Record<string, string>): Response {
  if (!cors["Access-Control-Allow-Origin"]) return new Response(null, { status: 204 });
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      // Every method the API takes: PUT replaces a transcript, a draft or a job's requirements.
      "Access-Control-Allow-Methods": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
      "Access-Control-Allow-Headers": req.headers.get("access-control-request-headers") ?? "authorization, content-type",
      "Access-Control-Max-Age": "600",
    },
  });
}
