import { handleRestRequest } from "@/server/http/rest-handler";
import { withRequest } from "@/server/http/with-request";

export const dynamic = "force-dynamic";

const handler = withRequest(handleRestRequest);
export { handler as GET, handler as POST, handler as PATCH, handler as PUT, handler as DELETE, handler as OPTIONS };
