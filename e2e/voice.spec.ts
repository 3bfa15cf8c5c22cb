/**
 * Voice answers (#19) in a real browser: Chromium's fake microphone plays e2e/fixtures/voice/answer.wav
 * (espeak-ng speech, 16 kHz mono), the server transcribes with the offline engine (pocketsphinx, which
 * CI installs), and the candidate corrects the transcript, submits, and reads the delivery feedback.
 */
import path from "node:path";
import type { Page } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium-launch";
import { expect, test } from "./fixtures";
import { startOneQuestionInterview, verifyEmailFromMailbox } from "./practice-helpers";
import { saveScreen } from "./screens";
import { auditScreen } from "./ux-audit";

const SPEECH_WAV = path.resolve("e2e", "fixtures", "voice", "answer.wav");

// Only this spec gets a microphone: permission granted without a prompt, the WAV as its input.
test.use({
  launchOptions: chromiumLaunchOptions(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-audio-capture=${SPEECH_WAV}`]),
});

/** What the candidate meant to say (the offline engine gets much of it wrong): two fillers in it. */
const CORRECTED =
  "Um, I led the migration of our billing service to a queue. Basically, we cut failed payments in half within a month, " +
  "because retries no longer double charged customers and the team could see every stuck payment on one dashboard.";

async function chooseSpeak(page: Page) {
  await page.getByRole("radio", { name: "Speak" }).check();
  await expect(page.getByTestId("voice-consent")).toContainText("Your recording is stored with this answer so you can replay it");
}

/** The transcript arrives (any text: the offline engine is rough), is corrected and submitted; the card shows delivery. */
async function reviewAndSubmit(page: Page) {
  const box = page.getByRole("textbox", { name: "Your answer, transcribed" });
  await expect(box).toBeVisible({ timeout: 90_000 });
  await expect(box).not.toHaveValue("");
  await expect(page.getByText(/Transcribed offline by pocketsphinx — check it, it is often wrong\./).first()).toBeVisible();
  await box.fill(CORRECTED);
  await page.getByRole("button", { name: "Submit answer" }).click();
  const delivery = page.getByTestId("delivery-section");
  await expect(delivery).toBeVisible({ timeout: 60_000 });
  await expect(delivery.getByText("Speaking rate")).toBeVisible();
  await expect(delivery.getByText(/words per minute/).first()).toBeVisible();
  // The fillers of the corrected text, marked where they occur.
  await expect(delivery.getByTestId("delivery-transcript").locator("mark")).toHaveCount(2);
  await expect(delivery.getByText(/You corrected the transcript/)).toBeVisible();
  return delivery;
}

test.describe("voice answers", () => {
  test("record with the microphone → play back → transcribe → correct → submit → score with delivery → progress", async ({ page, signedInUser }) => {
    test.setTimeout(240_000);
    await verifyEmailFromMailbox(page, signedInUser.email);
    await startOneQuestionInterview(page);
    await chooseSpeak(page);

    await page.getByRole("button", { name: "Start recording" }).click();
    await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Recording" })).toBeVisible();
    await page.waitForTimeout(1500);
    // Paused, the timer stands still.
    await page.getByRole("button", { name: "Pause" }).click();
    const timer = page.getByRole("timer");
    const atPause = await timer.textContent();
    await page.waitForTimeout(1500);
    await expect(timer).toHaveText(atPause!);
    await page.getByRole("button", { name: "Resume" }).click();
    await page.waitForTimeout(2500);
    await expect(timer).toHaveText(/^00:\d\d of about 03:00 suggested$/);
    await expect(timer).not.toHaveText(atPause!);
    await saveScreen(page, "voice-recording");
    await page.getByRole("button", { name: "Stop" }).click();

    const playback = page.getByTestId("take-playback");
    await expect(playback).toBeVisible();
    expect(await playback.evaluate((audio: HTMLAudioElement) => audio.src.startsWith("blob:"))).toBe(true);
    // It loads (the page's policies allow the microphone and blob: media).
    await expect.poll(() => playback.evaluate((audio: HTMLAudioElement) => audio.error === null && audio.readyState >= 1)).toBe(true);
    await page.getByRole("button", { name: "Transcribe this recording" }).click();
    await expect(page.getByRole("textbox", { name: "Your answer, transcribed" })).toBeVisible({ timeout: 90_000 });
    await saveScreen(page, "voice-review");
    await auditScreen(page, "voice-review");
    const delivery = await reviewAndSubmit(page);

    // The recording plays back from the server, for its owner.
    const src = await delivery.locator("audio").getAttribute("src");
    expect(src).toMatch(/^\/api\/v1\/recordings\/[0-9a-f-]{36}\/audio$/);
    const audio = await page.request.get(src!);
    expect(audio.status()).toBe(200);
    expect(audio.headers()["content-type"]).toContain("audio/wav");
    await saveScreen(page, "voice-feedback");

    await page.goto("/progress?track=software_engineering");
    const progress = page.getByTestId("delivery-over-time");
    await expect(progress.getByRole("heading", { name: "Delivery over time" })).toBeVisible();
    await expect(progress.getByRole("table")).toContainText(/Words per minute/);
    await expect(progress.getByRole("table").getByRole("row")).toHaveCount(2);
    await saveScreen(page, "voice-progress");
  });

  test("upload an audio file instead of recording", async ({ page, signedInUser }) => {
    test.setTimeout(180_000);
    await verifyEmailFromMailbox(page, signedInUser.email);
    await startOneQuestionInterview(page);
    await chooseSpeak(page);
    await page.getByLabel("Or upload an audio file").setInputFiles(SPEECH_WAV);
    await expect(page.getByText("Chosen file: answer.wav")).toBeVisible();
    await page.getByRole("button", { name: "Transcribe this file" }).click();
    await reviewAndSubmit(page);
    // Reloaded, the scored answer keeps its delivery feedback: the interview's copy of an answer has no
    // recording, and the card showed without it whenever the score was there before the card (ux pass).
    await page.reload();
    await expect(page.getByRole("article", { name: "Your score", exact: true })).toBeVisible();
    await expect(page.getByTestId("delivery-section")).toBeVisible();
    await auditScreen(page, "voice-feedback-reloaded");
  });

  test("a browser that cannot record says why and keeps the text answer", async ({ page, signedInUser }) => {
    await page.addInitScript(() => {
      delete (window as { MediaRecorder?: unknown }).MediaRecorder;
    });
    await verifyEmailFromMailbox(page, signedInUser.email);
    await startOneQuestionInterview(page);
    await chooseSpeak(page);
    await expect(page.getByTestId("recording-problem")).toContainText("This browser cannot record audio in a web page.");
    await expect(page.getByRole("button", { name: "Start recording" })).toHaveCount(0);
    // A file can still be sent, and typing is one press away.
    await expect(page.getByLabel("Or upload an audio file")).toBeVisible();
    await saveScreen(page, "voice-unsupported");
    await page.getByRole("radio", { name: "Type" }).check();
    await expect(page.getByLabel("Your answer", { exact: true })).toBeVisible();
  });
});
