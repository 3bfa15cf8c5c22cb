import { authRoute } from "@/server/auth/auth-route";

export const dynamic = "force-dynamic";
export const GET = authRoute.GET;
export const POST = authRoute.POST;
