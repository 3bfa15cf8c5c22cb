import { pgEnum } from "drizzle-orm/pg-core";
import { LANGUAGES } from "@/server/contracts/vocabulary/languages";
import { LEVELS, TRACKS } from "@/server/contracts/vocabulary/tracks";

export const trackEnum = pgEnum("track", TRACKS);
export const levelEnum = pgEnum("level", LEVELS);
/** The interface, question-bank and scoring languages (server/contracts/vocabulary/languages.ts). */
export const languageEnum = pgEnum("language", LANGUAGES);
