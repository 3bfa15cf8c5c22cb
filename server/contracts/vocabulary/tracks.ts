/**
 * Tracks and levels: the vocabulary every other module (db schema, scoring, API, UI) shares.
 * Plain constants + Zod enums so the browser, the REST API and the database agree.
 */
import { z } from "zod";

export const TRACKS = ["product_management", "software_engineering", "behavioral", "coding"] as const;
export const LEVELS = ["intern", "junior", "mid", "senior"] as const;

export const ZTrackSchema = z.enum(TRACKS);
export const ZLevelSchema = z.enum(LEVELS);

export type TTrack = z.infer<typeof ZTrackSchema>;
export type TLevel = z.infer<typeof ZLevelSchema>;

export const TRACK_NAMES: Record<TTrack, string> = {
  product_management: "Product management",
  software_engineering: "Software engineering",
  behavioral: "Behavioral",
  coding: "Coding",
};

export const LEVEL_NAMES: Record<TLevel, string> = {
  intern: "Intern",
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
};
