import type { Metadata } from "next";
import { SwaggerReference } from "./swagger-reference";

export const metadata: Metadata = { title: "API reference" };

export default function DocsPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-slate-900">Rehearse API reference</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        The REST API under <code className="rounded bg-slate-100 px-1">/api/v1</code>. Get a bearer token with{" "}
        <code className="rounded bg-slate-100 px-1">POST /api/v1/auth/token</code>, then send{" "}
        <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;accessToken&gt;</code>. The raw document is at{" "}
        <a className="font-medium text-brand-700 underline" href="/api/openapi.json">
          /api/openapi.json
        </a>
        .
      </p>
      <SwaggerReference />
    </div>
  );
}
