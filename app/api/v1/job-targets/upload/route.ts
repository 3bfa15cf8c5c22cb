import { handleJobUpload } from "@/server/http/job-upload-route";
import { methodNotAllowed } from "@/server/http/path-routes";
import { withRequest } from "@/server/http/with-request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = withRequest((req) => handleJobUpload(req));

// Any other method gets the API's JSON 405 with Allow (Next would answer a bare, empty 405).
const onlyPost = withRequest(async () => methodNotAllowed(["POST"]));
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
