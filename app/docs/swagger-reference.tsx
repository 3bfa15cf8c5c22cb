"use client";

import { useEffect, useRef, useState } from "react";
import { accessibleSwaggerPlugin, SWAGGER_LAYOUT, watchSwaggerControls } from "./swagger-a11y";
import "./swagger-reference.css";

interface SwaggerUIBundleGlobal {
  (options: {
    domNode: HTMLElement;
    url: string;
    deepLinking: boolean;
    tryItOutEnabled: boolean;
    layout: string;
    plugins: Array<typeof accessibleSwaggerPlugin>;
    syntaxHighlight: { theme: string };
  }): unknown;
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
    let unwatch = () => {};
    const script = document.createElement("script");
    script.src = "/docs/assets/swagger-ui-bundle.js";
    script.async = true;
    script.onload = () => {
      const bundle = (window as unknown as { SwaggerUIBundle?: SwaggerUIBundleGlobal }).SwaggerUIBundle;
      if (!bundle || !container.current) return setState("error");
      unwatch = watchSwaggerControls(container.current);
      bundle({
        domNode: container.current,
        url: "/api/openapi.json",
        deepLinking: true,
        tryItOutEnabled: false,
        // swagger-a11y.ts: a layout without a second <main> or <h1>, operations without links in their buttons.
        layout: SWAGGER_LAYOUT,
        plugins: [accessibleSwaggerPlugin],
        // The one bundled theme whose every token colour has 4.5:1 on its background (the default, agate, has 3.5:1 for numbers).
        syntaxHighlight: { theme: "tomorrow-night" },
      });
      setState("ready");
    };
    script.onerror = () => setState("error");
    document.body.appendChild(script);
    return () => {
      unwatch();
      stylesheet.remove();
      script.remove();
    };
  }, []);

  return (
    <section aria-labelledby="docs-endpoints" className="mt-8">
      {/* An h2 between the page's h1 and Swagger UI's tag headings (h3): heading levels go down one at a time. */}
      <h2 id="docs-endpoints" className="text-xl font-semibold text-slate-900">
        {text.endpoints}
      </h2>
      {state === "loading" && (
        <p role="status" className="mt-3 text-slate-600">
          {text.loading}
        </p>
      )}
      {state === "error" && (
        <p role="alert" className="mt-3 text-red-700">
          {text.failed}
        </p>
      )}
      {/* The reference is English whatever the page's language (the page says so): lang tells screen readers. */}
      <div ref={container} lang="en" className="rehearse-swagger" data-testid="swagger-ui" />
    </section>
  );
}
