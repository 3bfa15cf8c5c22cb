"use client";

import { createContext, useContext, type ReactNode } from "react";

/** What the server is configured with and the recorder says to the candidate (VOICE_RETENTION_DAYS). */
export interface TVoiceSettings {
  /** Days the audio is kept; 0 keeps it until the answer or the account is deleted. */
  retentionDays: number;
}

const VoiceSettingsContext = createContext<TVoiceSettings>({ retentionDays: 90 });

export function VoiceSettingsProvider({ settings, children }: { settings: TVoiceSettings; children: ReactNode }) {
  return <VoiceSettingsContext.Provider value={settings}>{children}</VoiceSettingsContext.Provider>;
}

export function useVoiceSettings(): TVoiceSettings {
  return useContext(VoiceSettingsContext);
}
