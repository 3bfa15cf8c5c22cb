"use client";

import { useEffect, useRef, useState } from "react";

interface SwaggerUIBundleGlobal {
  (options: { domNode: HTMLElement; url: string; deepLinking: boolean; tryItOutEnabled: boolean }): unknown;
}

/**
 * Loads the bundled Swagger UI (served by /docs/assets) and renders /api/openapi.json. Scripts added
 * here are trusted through the page's CSP ('strict-dynamic' trusts scripts our nonced code adds).
 */
/** The chrome's words come from the page (a server component), so the `docs` catalog never ships to the browser. */
export function SwaggerReference({ text }: { text: { endpoints: string; loading: string; failed: string } }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "error">("loading");

  useEffect(() => {
    const stylesheet = document.createElement("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = "/docs/assets/swagger-ui.css";
    document.head.appendChild(stylesheet);
    const script = document.createElement("script");
    script.src = "/docs/assets/swagger-ui-bundle.js";
    script.async = true;
    script.onload = () => {
      const bundle = (window as unknown as { SwaggerUIBundle?: SwaggerUIBundleGlobal }).SwaggerUIBundle;
      if (!bundle || !container.current) return setState("error");
      bundle({ domNode: container.current, url: "/api/openapi.json", deepLinking: true, tryItOutEnabled: false });
      setState("ready");
    };
    script.onerror = () => setState("error");
    document.body.appendChild(script);
    return () => {
      stylesheet.remove();
      script.remove();
    };
  }, []);

  return (
    <section aria-label={text.endpoints} className="mt-8">
      {state === "loading" && (
        <p role="status" className="text-slate-600">
          {text.loading}
        </p>
      )}
      {state === "error" && (
        <p role="alert" className="text-red-700">
          {text.failed}
        </p>
      )}
      <div ref={container} data-testid="swagger-ui" />
    </section>
  );
}
