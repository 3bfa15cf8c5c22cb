/** What runs each registered queue's jobs. Only worker processes import this (it pulls in nodemailer). */
import { eq } from "drizzle-orm";
import { getDb } from "@/server/db";
import { answers } from "@/db/schema";
import { stripeEventJobHandler } from "@/server/billing/process-stripe-event";
import { pruneDeletedStarts } from "@/server/billing/quota";
import { refreshMetricRollups } from "@/server/admin/metrics-rollup";
import { abandonIdleInterviews } from "@/server/interviews/complete-interview";
import { getEnv } from "@/server/env";
import { logger } from "@/server/logger";
import { expireOldAudio, sweepOrphanAudio } from "@/server/voice/recordings/retention";
import { recordingStorage } from "@/server/voice/storage";
import { deliverEmailHandler } from "@/server/mail/deliver-email";
import { sendDueReminders } from "@/server/reminders/send-reminders";
import { scoreAfterFailure, scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { keepBuiltinScore, regradeProvisionalScore } from "@/server/scoring/service/regrade-answer";
import { aiUsageLedger } from "@/server/scoring/service/ai-usage-ledger";
import { transcribeRecordingHandler } from "@/server/voice/job/handler";
import type { JobHandlers } from "@/server/jobs/worker";

/** The candidate who wrote the answer: their burst of answers is capped per worker (fairness). Sent with the job since #13's fifth session. */
async function answerOwner({ answerId, userId }: { answerId: string; userId?: string }): Promise<string | null> {
  if (userId) return userId;
  const [row] = await getDb().select({ userId: answers.userId }).from(answers).where(eq(answers.id, answerId));
  return row?.userId ?? null;
}

export function jobHandlers(): JobHandlers {
  return {
    "deliver-email": deliverEmailHandler(getDb),
    "score-answer": {
      run: async ({ answerId }) => {
        await scoreStoredAnswer(getDb(), answerId);
      },
      onFailed: ({ answerId }, lastError) => scoreAfterFailure(getDb(), answerId, lastError),
      fairnessKey: answerOwner,
    },
    "regrade-answer": {
      run: async ({ answerId }) => {
        await regradeProvisionalScore(getDb(), answerId);
      },
      // The provider never came back within the retries (about an hour or two): the built-in score stays, for review.
      onFailed: async ({ answerId }, lastError) => {
        await keepBuiltinScore(getDb(), answerId, lastError);
      },
      fairnessKey: answerOwner,
    },
    "process-stripe-event": stripeEventJobHandler(getDb),
    // The scorer's ai_usage ledger is handed in here: voice importing scoring would close a cycle (scoring → interviews → voice).
    "transcribe-recording": transcribeRecordingHandler(getDb, { usageLedger: (userId) => aiUsageLedger(getDb(), { purpose: "transcription", userId }) }),
    "refresh-metric-rollups": {
      run: async () => {
        const refreshed = await refreshMetricRollups(getDb());
        if (refreshed.from) logger().info(refreshed, "metric rollups refreshed");
      },
    },
    "send-reminders": {
      run: async () => {
        const sent = await sendDueReminders(getDb());
        if (sent.sent + sent.empty > 0) logger().info(sent, "reminders handled");
      },
    },
    "voice-retention": {
      run: async () => {
        const env = getEnv();
        const expired = await expireOldAudio(getDb(), recordingStorage(), env.VOICE_RETENTION_DAYS);
        const orphans = await sweepOrphanAudio(getDb(), recordingStorage());
        if (expired.expired + orphans.deleted > 0) logger().info({ ...expired, orphansDeleted: orphans.deleted }, "voice audio housekeeping");
      },
    },
    "abandon-idle-interviews": {
      run: async () => {
        const abandoned = await abandonIdleInterviews(getDb());
        if (abandoned > 0) logger().info({ abandoned }, "abandoned idle interviews");
        // Deleted interviews' starts that no quota window counts any more.
        const pruned = await pruneDeletedStarts(getDb());
        if (pruned > 0) logger().info({ pruned }, "pruned deleted interview starts");
      },
    },
  };
}
