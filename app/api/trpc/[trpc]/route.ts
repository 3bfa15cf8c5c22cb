import { handleTrpcRequest } from "@/server/http/trpc-handler";
import { withRequest } from "@/server/http/with-request";

export const dynamic = "force-dynamic";

const handler = withRequest(handleTrpcRequest);
export { handler as GET, handler as POST };
