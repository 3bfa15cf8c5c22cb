import type { MetadataRoute } from "next";
import { getEnv } from "@/server/env";
import { PRIVATE_PREFIXES } from "./public-pages";

// Rendered per request: APP_URL is known at run time, and a build is reused across deployments.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const { APP_URL } = getEnv();
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...PRIVATE_PREFIXES] },
    sitemap: `${APP_URL}/sitemap.xml`,
    host: APP_URL,
  };
}
