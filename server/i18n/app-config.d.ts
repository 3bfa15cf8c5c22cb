/** Types next-intl's hooks and functions: locales are ours, message keys come from the English catalog. */
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import type { TMessages } from "./messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: TLanguage;
    Messages: TMessages;
  }
}
