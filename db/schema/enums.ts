import { pgEnum } from "drizzle-orm/pg-core";
import { LEVELS, TRACKS } from "@/server/contracts/vocabulary/tracks";

export const trackEnum = pgEnum("track", TRACKS);
export const levelEnum = pgEnum("level", LEVELS);
