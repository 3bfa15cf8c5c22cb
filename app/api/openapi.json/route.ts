import { getEnv } from "@/server/env";
import { openApiDocument } from "@/server/http/openapi";
import { withRequest } from "@/server/http/with-request";

export const dynamic = "force-dynamic";

export const GET = withRequest(async () => Response.json(openApiDocument(getEnv().APP_URL)));
