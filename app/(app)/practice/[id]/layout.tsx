import type { ReactNode } from "react";
import { getEnv } from "@/server/env";
import { loadOwnInterview } from "../../interviews/_components/own-interview";
import { VoiceSettingsProvider } from "./voice/voice-settings";

/** Decides sign-in and "not yours" before the loading boundary streams, so the status is a real 307/404. */
export default async function PracticeInterviewLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  await loadOwnInterview(id, `/practice/${id}`);
  // The recorder's consent line says how long the audio is kept (VOICE_RETENTION_DAYS).
  return <VoiceSettingsProvider settings={{ retentionDays: getEnv().VOICE_RETENTION_DAYS }}>{children}</VoiceSettingsProvider>;
}
