/** The line under the answer box that says where the draft is: saving, saved at a time, on this device only, refused… */
import type { useTranslations } from "next-intl";
import { formatClock } from "../format-time";
import type { TSaveState } from "./use-draft";

type TFormT = ReturnType<typeof useTranslations<"interview.form">>;

export function saveStateText(t: TFormT, locale: string, state: TSaveState, hasText: boolean, syncToServer: boolean): string {
  switch (state.kind) {
    case "saving":
      return t("saving");
    case "saved":
      return t("savedAt", { time: formatClock(state.at, locale) });
    case "offline":
      return t("offline");
    case "device":
      return syncToServer ? t("tooLong") : t("device");
    case "refused":
      return t("refused", { message: state.message });
    case "idle":
      if (!syncToServer) return t("keptOnDevice");
      return hasText ? t("draftSaved") : t("autosave");
  }
}
