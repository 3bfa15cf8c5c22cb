/** What runs each registered queue's jobs. Only worker processes import this (it pulls in nodemailer). */
import { getDb } from "@/db";
import { deliverEmailHandler } from "@/server/mail/deliver-email";
import type { JobHandlers } from "./worker";

export function jobHandlers(): JobHandlers {
  return {
    "deliver-email": deliverEmailHandler(getDb),
  };
}
