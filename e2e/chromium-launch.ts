/**
 * How the e2e runs launch Chromium: Debian's binary (CI installs it; never a downloaded browser) with
 * flags for a sandbox-less container. Shared by playwright.config.ts and specs that add flags of
 * their own (voice.spec.ts: a fake microphone), since a spec's launchOptions replace the project's.
 */
import fs from "node:fs";

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate): candidate is string => !!candidate && fs.existsSync(candidate));
}

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromiumLaunchOptions(extraArgs: readonly string[] = []): { executablePath: string | undefined; args: string[] } {
  return { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] };
}
