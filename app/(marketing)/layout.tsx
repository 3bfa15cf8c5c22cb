import { areaLayout } from "@/app/_components/area-messages";

/** The landing and pricing pages: the "marketing" area's namespaces reach the browser only here (server/i18n/client-areas.ts). */
export default areaLayout("marketing");
