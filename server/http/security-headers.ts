/**
 * Security headers for every response. Scripts run only with this request's nonce
 * ('strict-dynamic' lets Next's own chunks load); styles allow inline attributes because
 * charts and React style props need them and CSS cannot run code.
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // Voice answers: the recorder plays the take back from a blob: URL before it is uploaded.
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    // The code editor's "Run tests" sandbox: Web Workers from /sandbox/ only ('strict-dynamic' would ignore 'self' for them).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS only in production and only over https: over plain http it means nothing and browsers ignore it. */
export function securityHeaders(options: { isProduction: boolean; isHttps: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    // The microphone for this origin only (voice answers); no third-party frame gets it.
    "Permissions-Policy": "camera=(), microphone=(self), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.isProduction && options.isHttps ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * The policy for responses that are never a page (JSON, the static 404): nothing may load or run
 * from them, and no site may frame them. No nonce, so it costs nothing per request.
 */
export const STATIC_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
