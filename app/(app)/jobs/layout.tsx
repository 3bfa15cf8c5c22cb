import { areaLayout } from "@/app/_components/area-messages";

/** The jobs pages: their client components get the "jobs" area's namespaces (server/i18n/client-areas.ts). */
export default areaLayout("jobs");
