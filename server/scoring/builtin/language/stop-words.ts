/** Russian and Korean function words, looked up only for tokens outside the Latin script. */
import { KOREAN_STOP_WORDS } from "@/server/scoring/builtin/language/korean";
import { RUSSIAN_STOP_WORDS } from "@/server/scoring/builtin/language/russian";

export function isForeignStopWord(token: string): boolean {
  return RUSSIAN_STOP_WORDS.has(token) || KOREAN_STOP_WORDS.has(token);
}
