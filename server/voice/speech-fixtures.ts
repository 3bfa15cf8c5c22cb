/**
 * Test support: synthetic speech from espeak-ng, converted to 16 kHz mono by sox. Tests that need these
 * binaries fail (never skip) with the Debian package to install, so CI cannot pass without them.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { toSpeechWav } from "./audio/convert";
import { commandExists, runProcess } from "./run-process";

/** Binary → Debian package that provides it. */
export const SPEECH_PACKAGES = {
  "espeak-ng": "espeak-ng",
  sox: "sox",
  pocketsphinx_continuous: "pocketsphinx (with pocketsphinx-en-us)",
} as const;

export async function requireBinaries(...binaries: (keyof typeof SPEECH_PACKAGES)[]): Promise<void> {
  for (const binary of binaries) {
    if (!(await commandExists(binary))) throw new Error(`${binary} is not installed: apt-get install ${SPEECH_PACKAGES[binary]}`);
  }
}

export function scratchDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "rehearse-voice-test-"));
}

/** Speaks `text` at espeak's nominal `wpm` and returns a 16 kHz mono 16-bit WAV. */
export async function synthesise(text: string, wpm: number, dir: string, name: string): Promise<string> {
  const raw = path.join(dir, `${name}-raw.wav`);
  await runProcess("espeak-ng", ["-s", String(wpm), "-w", raw, text], { timeoutMs: 60_000, maxOutputBytes: 64 * 1024 });
  return toSpeechWav(raw, path.join(dir, `${name}.wav`));
}

/**
 * CPU seconds used so far by this process's finished children (cutime + cstime in /proc/self/stat, Linux
 * clock ticks of 1/100 s). Lets a timing test report the work a transcription took, which — unlike wall
 * time — does not depend on how many other jobs share the machine.
 */
export async function childCpuSeconds(): Promise<number> {
  const stat = await readFile("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
