import { areaLayout } from "@/app/_components/area-messages";

/** The dashboard pages: their client components get the "dashboard" area's namespaces (server/i18n/client-areas.ts). */
export default areaLayout("dashboard");
