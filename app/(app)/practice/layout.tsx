import { areaLayout } from "@/app/_components/area-messages";

/** The practice pages: their client components get the "practice" area's namespaces (server/i18n/client-areas.ts). */
export default areaLayout("practice");
