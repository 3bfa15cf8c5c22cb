import { areaLayout } from "@/app/_components/area-messages";

/** The interviews pages: their client components get the "interviews" area's namespaces (server/i18n/client-areas.ts). */
export default areaLayout("interviews");
