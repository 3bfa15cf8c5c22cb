import { areaLayout } from "@/app/_components/area-messages";

/** The help pages: their client components get the "help" area's namespaces (server/i18n/client-areas.ts). */
export default areaLayout("help");
