import { handleJobUpload } from "@/server/http/job-upload-route";
import { withRequest } from "@/server/http/with-request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = withRequest((req) => handleJobUpload(req));
