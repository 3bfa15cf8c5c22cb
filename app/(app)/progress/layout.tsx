import { areaLayout } from "@/app/_components/area-messages";

/** The progress pages: their client components get the "progress" area's namespaces (server/i18n/client-areas.ts). */
export default areaLayout("progress");
