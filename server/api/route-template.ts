/**
 * The route a request belongs to, as a template ("/api/v1/answers/{id}"), so metrics labels stay
 * few however many ids clients send. Unknown paths share one label.
 */
import { hasProcedure, listProcedures } from "./procedures";

interface TTemplate {
  method: string;
  template: string;
  pattern: RegExp;
}

let restTemplates: TTemplate[] | undefined;

function compileRestTemplates(): TTemplate[] {
  const templates: TTemplate[] = [];
  for (const { meta } of listProcedures()) {
    const openapi = meta?.openapi;
    if (!openapi) continue;
    const source = openapi.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
    templates.push({ method: openapi.method, template: `/api/v1${openapi.path}`, pattern: new RegExp(`^/api/v1${source}/?$`) });
  }
  return templates;
}

export function routeTemplate(method: string, pathname: string): string {
  if (pathname.startsWith("/api/v1/")) {
    restTemplates ??= compileRestTemplates();
    const match =
      restTemplates.find((entry) => entry.method === method && entry.pattern.test(pathname)) ??
      restTemplates.find((entry) => entry.pattern.test(pathname));
    return match?.template ?? "/api/v1/{unmatched}";
  }
  if (pathname.startsWith("/api/trpc/")) {
    const names = pathname.slice("/api/trpc/".length).split(",");
    // A batch combines names freely: one label for every batch keeps the count bounded.
    if (names.length > 1) return "/api/trpc/{batch}";
    return names[0] && hasProcedure(names[0]) ? `/api/trpc/${names[0]}` : "/api/trpc/{unknown}";
  }
  if (pathname.startsWith("/api/auth/")) return "/api/auth/{action}";
  if (pathname.startsWith("/api/webhooks/")) return pathname.split("/").slice(0, 4).join("/");
  if (["/api/health", "/api/metrics", "/api/me", "/api/openapi.json"].includes(pathname)) return pathname;
  return "{other}";
}
