import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FakeOpenAiAudio, startFakeOpenAiAudio } from "@mentara/testing/fake-openai-audio";
import { type ServerProcess, startServerProcess } from "@mentara/testing/start-server-process";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir, snap } from "./browser.ts";
import { fillSignUp, passOnboarding } from "./steps.ts";

/**
 * Speaking an answer in Chromium with a fake microphone that plays a WAV spoken by espeak-ng,
 * through a fake OpenAI transcription server, and hearing the reply through its fake speech
 * server. Needs Debian's espeak-ng (`apt-get install -y espeak-ng`).
 */
const spokenAnswer =
  "Last year I led the migration of our billing service, and latency dropped from nine seconds to four hundred milliseconds.";

let audio: FakeOpenAiAudio;
let server: ServerProcess;
let browser: Browser;
let wav: string;

beforeAll(async () => {
  wav = join(mkdtempSync(join(tmpdir(), "mentara-voice-")), "answer.wav");
  execFileSync("espeak-ng", ["-v", "en-us", "-s", "150", "-w", wav, spokenAnswer]);
  audio = await startFakeOpenAiAudio();
  audio.transcribeAs({
    text: spokenAnswer,
    segments: [
      { start: 0.2, end: 3.0 },
      { start: 5.5, end: 8.1 },
    ],
    duration: 8.4,
  });
  server = await startServerProcess({
    env: {
      STT_PROVIDER: "openai",
      STT_MODEL: "whisper-1",
      STT_API_KEY: "test-speech-key",
      STT_BASE_URL: audio.baseUrl,
      TTS_PROVIDER: "openai-compatible",
      TTS_MODEL: "tts-1",
      TTS_BASE_URL: audio.baseUrl,
      LOG_LEVEL: "info",
    },
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${wav}`,
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await audio?.close();
});

/** Notes every audio the page starts playing, with its length, as a listener would hear it. */
async function listen(context: BrowserContext) {
  await context.addInitScript(`
    window.__played = [];
    document.addEventListener("playing", (event) => {
      window.__played.push({ src: event.target.currentSrc, duration: event.target.duration });
    }, true);
  `);
}
/** Replies heard: audio from a blob URL longer than the silent unlock (the speech server's audio). */
const heardReplies = (page: Page) =>
  page.evaluate<number>(
    `window.__played.filter((p) => p.src.startsWith("blob:") && p.duration > 0.3).length`,
  );

async function startBehavioral(page: Page, who: string) {
  await page.goto(`${server.url}/sign-up`);
  await fillSignUp(page, who, 1990);
  await page.getByRole("button", { name: "Create account" }).click();
  await passOnboarding(page);
  await page.getByRole("radio", { name: "Behavioral" }).check();
  await page.getByRole("button", { name: "Start interview" }).click();
  // At phone width the title is shortened to "Behavioral".
  await page.getByRole("heading", { level: 1, name: /^Behavioral/ }).waitFor();
  await page.locator(".message.interviewer:not(.streaming)").first().waitFor();
}

/** The stored turns, read over the API with the page's own sign-in. */
async function storedTurns(page: Page) {
  const sessionId = new URL(page.url()).pathname.split("/").at(-1);
  const token = await page.evaluate<string | null>(`localStorage.getItem("mentara.token")`);
  const response = await fetch(`${server.url}/api/sessions/${sessionId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as {
    turns: {
      role: string;
      text: string;
      speech?: { durationMs: number; pauses: { atMs: number; ms: number }[] };
    }[];
  };
  return body.turns;
}

async function sendSpokenDraftAndHearReply(page: Page, send: () => Promise<void>) {
  const composer = page.getByLabel("Message to the interviewer");
  await expect.poll(() => composer.inputValue(), { timeout: 20_000 }).toBe(spokenAnswer);
  await page.getByText("Spoken answer — check the transcript").waitFor();
  const replies = await page.locator(".message.interviewer").count();
  const speechesBefore = audio.speeches.length;
  await send();
  await page
    .locator(".message.candidate", { hasText: "billing service" })
    .getByText("spoken")
    .waitFor();
  // The reply is read aloud through the speech server, sentence by sentence, and plays.
  await page.locator(".message.interviewer:not(.streaming)").nth(replies).waitFor();
  await expect
    .poll(() => audio.speeches.length, { timeout: 20_000 })
    .toBeGreaterThan(speechesBefore);
  await expect.poll(() => heardReplies(page), { timeout: 20_000 }).toBeGreaterThan(0);
  const reply = (await page.locator(".message.interviewer").nth(replies).textContent()) ?? "";
  const read = audio.speeches.slice(speechesBefore).map((s) => s.input);
  expect(read.length).toBeGreaterThan(0);
  for (const sentence of read) expect(reply).toContain(sentence);
}

describe("answering by voice", () => {
  it("at 1280 px: holds to talk, edits and sends the transcript as a spoken turn, and hears the reply", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await listen(context);
    const page = await context.newPage();
    await startBehavioral(page, "voice-desktop");
    const talk = page.getByRole("button", { name: "Hold to talk" });
    await talk.waitFor();
    await page.getByText(/Hold the button or Space while you speak/).waitFor();
    await snap(page, "41-voice-ready");

    const box = await talk.boundingBox();
    if (!box) throw new Error("no talk button");
    const before = audio.transcriptions.length;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.getByText("Recording — release to send it for transcription.").waitFor();
    await page.waitForTimeout(2_500);
    await snap(page, "42-voice-recording");
    await page.mouse.up();

    await sendSpokenDraftAndHearReply(page, () => page.keyboard.press("Enter"));
    await snap(page, "43-voice-spoken-turn");
    // What reached the transcription server was a real WebM recording of some length.
    const heard = audio.transcriptions.slice(before);
    expect(heard).toHaveLength(1);
    expect([...(heard[0]?.head.subarray(0, 4) ?? [])]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(heard[0]?.bytes).toBeGreaterThan(2_000);
    expect(heard[0]).toMatchObject({ language: "en", responseFormat: "verbose_json" });

    const turns = await storedTurns(page);
    const spoken = turns.find((turn) => turn.text === spokenAnswer);
    expect(spoken?.speech).toEqual({ durationMs: 7_900, pauses: [{ atMs: 2_800, ms: 2_500 }] });
    expect(turns.filter((turn) => turn.speech)).toHaveLength(1);

    // The server's log names the route, never the words or the audio.
    const logs = server.logs();
    expect(logs).toContain("/api/speech/transcriptions");
    expect(logs).not.toContain("billing service");
    expect(logs).not.toMatch(/GkXfo|webm/i);

    // Space works as push-to-talk too, away from the text box.
    await page.locator("h1").click();
    await page.keyboard.down("Space");
    await page.getByText("Recording — release to send it for transcription.").waitFor();
    await page.waitForTimeout(1_200);
    await page.keyboard.up("Space");
    await expect
      .poll(() => page.getByLabel("Message to the interviewer").inputValue(), { timeout: 20_000 })
      .toBe(spokenAnswer);

    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("button", { name: "Yes, end it" }).click();
    await page.getByRole("heading", { name: "Your report" }).waitFor();
    await page.getByRole("heading", { name: "How you spoke" }).waitFor();
    await page.getByText(/A 2\.5 s pause, 2\.8 s into answer 1/).waitFor();
    await snap(page, "44-voice-report");
    await context.close();
  });

  it("at 390 px with touch: hold to talk with a finger", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await listen(context);
    const page = await context.newPage();
    await startBehavioral(page, "voice-phone");
    const talk = page.getByRole("button", { name: "Hold to talk" });
    await talk.scrollIntoViewIfNeeded();
    const box = await talk.boundingBox();
    if (!box) throw new Error("no talk button");
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const cdp = await context.newCDPSession(page);
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
    await page.getByText("Recording — release to send it for transcription.").waitFor();
    await page.waitForTimeout(2_000);
    await snap(page, "45-voice-phone-recording");
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await sendSpokenDraftAndHearReply(page, () =>
      page.getByRole("button", { name: "Send", exact: true }).tap(),
    );
    const overflow = await page.evaluate<number>(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, "46-voice-phone-reply");
    expect(statSync(`${artifactsDir}46-voice-phone-reply.png`).size).toBeGreaterThan(0);
    await context.close();
  });
});
