import { areaLayout } from "@/app/_components/area-messages";

/** The settings pages: their client components get the "settings" area's namespaces (server/i18n/client-areas.ts). */
export default areaLayout("settings");
