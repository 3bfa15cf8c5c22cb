/**
 * The 404 for paths no page or route serves, answered by our server without rendering anything:
 * the same words and way back as app/not-found.tsx (which Next still renders when a page calls
 * notFound()), as one prebuilt HTML string. Under /api/ the contract's JSON error body instead.
 */
import { AppError } from "@/server/errors";
import { requestIdFrom } from "@/server/request-context";
import { errorResponse } from "./error-body";

const HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Page not found · Rehearse</title>
<style>
body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;color:#0f172a;background:#fff}
main{max-width:36rem;margin:0 auto;padding:6rem 1rem;text-align:center}
.code{font-size:.875rem;font-weight:600;color:#1f3fb0;margin:0}
h1{margin:.5rem 0 0;font-size:1.875rem;line-height:1.2}
p{color:#334155}
a{display:inline-block;margin-top:2rem;padding:.75rem 1.25rem;border-radius:.5rem;background:#1f3fb0;color:#fff;font-weight:600;text-decoration:none}
a:hover{background:#16275e}
a:focus-visible{outline:3px solid #0f172a;outline-offset:2px}
</style>
</head>
<body>
<main>
<p class="code">404</p>
<h1>We couldn’t find that page</h1>
<p>The link may be old, or the page may have moved.</p>
<a href="/">Back to the home page</a>
</main>
</body>
</html>
`;

const BODY = Buffer.from(HTML, "utf8");

export function staticNotFound(req: Request): Response {
  if (new URL(req.url).pathname.startsWith("/api/")) {
    const requestId = requestIdFrom(req.headers.get("x-request-id"));
    return errorResponse(new AppError("NOT_FOUND", "No such endpoint."), requestId);
  }
  return new Response(req.method === "HEAD" ? null : BODY, {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-length": String(BODY.byteLength) },
  });
}
