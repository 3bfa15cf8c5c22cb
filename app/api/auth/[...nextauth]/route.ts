import { authRoute } from "@/server/auth/auth-route";
import { withBodyLimit } from "@/server/http/body-limit";

export const dynamic = "force-dynamic";
export const GET = authRoute.GET;
// Auth.js reads the whole form itself: the same 1 MiB limit as every other endpoint, checked first.
export const POST = withBodyLimit(authRoute.POST);
