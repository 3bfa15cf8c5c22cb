import { areaLayout } from "@/app/_components/area-messages";

/** The history pages: their client components get the "history" area's namespaces (server/i18n/client-areas.ts). */
export default areaLayout("history");
