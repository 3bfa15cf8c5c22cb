import { areaLayout } from "@/app/_components/area-messages";

/** The billing pages: their client components get the "billing" area's namespaces (server/i18n/client-areas.ts). */
export default areaLayout("billing");
