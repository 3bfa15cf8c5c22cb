import type { MetadataRoute } from "next";
import { getEnv } from "@/server/env";
import { PUBLIC_PAGES } from "./public-pages";

// Rendered per request: APP_URL is known at run time, and a build is reused across deployments.
export const dynamic = "force-dynamic";

export default function sitemap(): MetadataRoute.Sitemap {
  const { APP_URL } = getEnv();
  return PUBLIC_PAGES.map((page) => ({ url: `${APP_URL}${page.path}`, changeFrequency: "weekly", priority: page.priority }));
}
