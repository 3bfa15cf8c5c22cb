/** The runnable part of every coding question (signatures, tests, references), keyed by slug. */
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { internSpecs } from "./intern";
import { juniorSpecs } from "./junior";
import { midSpecs } from "./mid";
import { seniorSpecs } from "./senior";

export const CODING_SPECS: Record<string, TCodingSpec> = { ...internSpecs, ...juniorSpecs, ...midSpecs, ...seniorSpecs };
