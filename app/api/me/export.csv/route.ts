import { getDb } from "@/server/db";
import { answersToCsv, exportAnswers } from "@/server/analytics/export";
import { resolveRequestUser } from "@/server/auth/resolve-request-user";
import { AppError } from "@/server/errors";
import { withRequest } from "@/server/http/with-request";

export const dynamic = "force-dynamic";

/** Excel reads a CSV without a byte-order mark as the local code page and garbles accents. */
const UTF8_BOM = "\uFEFF";

/** The browser's "Download CSV": the signed-in session's answers and scores as a file. */
export const GET = withRequest(async (req) => {
  const { user } = await resolveRequestUser(req, "session");
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to download your answers.");
  const exported = await exportAnswers(getDb(), user.id);
  const day = exported.exportedAt.slice(0, 10);
  return new Response(UTF8_BOM + answersToCsv(exported.answers), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="rehearse-answers-${day}.csv"`,
      // Answers are personal: never kept by a shared cache or the browser's back-forward cache.
      "cache-control": "no-store",
    },
  });
});
