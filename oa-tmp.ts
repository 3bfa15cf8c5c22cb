import { openApiDocument } from "@/server/http/openapi";
const doc = openApiDocument("http://x");
console.log(Object.keys(doc.paths ?? {}).filter((p) => p.startsWith("/me")));
