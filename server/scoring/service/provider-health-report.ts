/**
 * What this process says when its AI provider health window opens or closes: one log line each
 * (not one per answer) and the rehearse_ai_provider_* metrics (server/metrics/registry.ts).
 */
import { logger } from "@/server/logger";
import { recordAiProviderDown, recordAiShortCircuit } from "@/server/metrics/registry";
import type { TProviderHealthEvent } from "@/server/scoring/openai/provider-health";

export function reportProviderHealth(event: TProviderHealthEvent): void {
  switch (event.kind) {
    case "opened":
      recordAiProviderDown(true);
      logger().warn(
        { windowSeconds: event.windowMs / 1000, reason: event.reason, afterProbe: event.afterProbe },
        event.afterProbe
          ? "AI provider still down after a probe: answers keep getting the built-in score (provisional) for a longer window"
          : "AI provider down: answers get the built-in score (provisional) without calling it until a probe succeeds",
      );
      return;
    case "closed":
      recordAiProviderDown(false);
      logger().info({ downForSeconds: Math.round(event.downForMs / 1000) }, "AI provider answered a probe: AI scoring resumes");
      return;
    case "short_circuited":
      recordAiShortCircuit();
      return;
  }
}
