/**
 * Voice figures for issue #18, against the server in its own process (as `npm start` runs it),
 * a fake OpenAI audio server whose transcription takes a fixed 200 ms and whose speech takes a
 * fixed 100 ms to its first byte, and a fake OpenAI chat server for the interviewer. The fakes'
 * fixed times are subtracted. p50 over 20 turns each:
 * - speech_end_to_transcript_on_screen_ms: in Chromium with a fake microphone (an espeak-ng WAV),
 *   from releasing the talk button to the transcript in the composer: the recorder's last chunk,
 *   the upload, the server, the provider call and the page's update;
 * - speech_end_to_transcript_server_ms: the same recording posted by this process, from sending
 *   it to the server's answer (the server and its provider call only);
 * - first_token_to_first_audio_ms: from the interviewer's first token on the event stream to the
 *   first audio bytes of its first sentence, as the room does it (sentences cut as they stream,
 *   each read through POST /api/speech/synthesis).
 * - first_words_to_audio_playing_ms: in Chromium, from the reply's first words appearing in the
 *   room to its audio playing (the room's own sentence splitting, fetch and <audio>); each answer
 *   is sent once the previous reply has finished playing, as a candidate would.
 * The browser figure is read from this process: the button released with the mouse, the composer
 * polled every 5 ms (so it can only be late, never early). Needs espeak-ng. Last line is JSON.
 *
 *   npm run build:web && npm run bench:voice
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeOpenAi } from "@mentara/interviewer/testing/fake-model-servers";
import { callApi } from "@mentara/testing/call-api";
import { startFakeOpenAiAudio } from "@mentara/testing/fake-openai-audio";
import { signUpOverHttp } from "@mentara/testing/sign-up-over-http";
import { startServerProcess } from "@mentara/testing/start-server-process";
import { createParser } from "eventsource-parser";
import { chromium } from "playwright-core";
import { createSentenceSplitter } from "../apps/web/src/lib/speech/split-sentences.ts";
import { percentile, round } from "./figures.ts";

const turns = 20;
const transcriptionMs = 200;
const speechFirstByteMs = 100;
const answer = "I would keep a hash map from each value to its index and look up the complement.";
const reply =
  "Thanks, that works. What is the time complexity of your approach, and could you do better on memory?";

const wav = join(mkdtempSync(join(tmpdir(), "mentara-bench-voice-")), "answer.wav");
execFileSync("espeak-ng", ["-v", "en-us", "-s", "160", "-w", wav, answer]);

const audio = await startFakeOpenAiAudio();
audio.transcribeAs({
  text: answer,
  segments: [{ start: 0.2, end: 3.9 }],
  duration: 4.2,
  delayMs: transcriptionMs,
});
audio.speakAfter(speechFirstByteMs);
const chat = await startFakeOpenAi();
chat.behave({ reply, firstTokenMs: 50 });
const server = await startServerProcess({
  env: {
    AI_PROVIDER: "openai",
    AI_MODEL: "bench-interviewer",
    AI_API_KEY: "bench-key",
    AI_BASE_URL: chat.baseUrl,
    STT_PROVIDER: "openai-compatible",
    STT_MODEL: "whisper-1",
    STT_BASE_URL: audio.baseUrl,
    TTS_PROVIDER: "openai-compatible",
    TTS_MODEL: "tts-1",
    TTS_BASE_URL: audio.baseUrl,
  },
});
const base = server.url;

try {
  const authorization = await signUpOverHttp(base, "bench-voice");
  const startBehavioral = async () =>
    String(
      (await callApi(base, "POST", "/sessions", authorization, { type: "behavioral" })).body.id,
    );

  // 1. The server path: the recording posted, the transcript back.
  const recording = readFileSync(wav);
  const serverMs: number[] = [];
  for (let i = 0; i < turns + 2; i++) {
    const sentAt = performance.now();
    const response = await fetch(`${base}/api/speech/transcriptions?language=en`, {
      method: "POST",
      headers: { authorization, "content-type": "audio/wav" },
      body: recording,
    });
    await response.json();
    if (!response.ok) throw new Error(`transcription answered ${response.status}`);
    if (i >= 2) serverMs.push(performance.now() - sentAt - transcriptionMs); // two warm-ups
  }

  // 2. First token to first audio bytes, as the room reads a streaming reply.
  const session = { id: await startBehavioral() };
  let onDelta: (text: string) => void = () => {};
  const stream = new AbortController();
  const events = await fetch(`${base}/api/sessions/${session.id}/events`, {
    headers: { authorization },
    signal: stream.signal,
  });
  const parser = createParser({
    onEvent: (event) => {
      if (event.event === "interviewer.delta")
        onDelta((JSON.parse(event.data) as { text: string }).text);
    },
  });
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of events.body as AsyncIterable<Uint8Array>)
        parser.feed(decoder.decode(chunk, { stream: true }));
    } catch {
      // closed by the bench
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // the greeting
  const audioMs: number[] = [];
  for (let i = 0; i < turns; i++) {
    const measured = new Promise<number>((resolve, reject) => {
      const splitter = createSentenceSplitter();
      let text = "";
      let firstTokenAt: number | undefined;
      let asked = false;
      onDelta = (delta) => {
        firstTokenAt ??= performance.now();
        text += delta;
        const first = splitter.next(text)[0];
        if (!first || asked) return;
        asked = true;
        void fetch(`${base}/api/speech/synthesis`, {
          method: "POST",
          headers: { authorization, "content-type": "application/json" },
          body: JSON.stringify({ text: first }),
        }).then(async (response) => {
          if (!response.ok || !response.body) return reject(new Error(`${response.status}`));
          const reader = response.body.getReader();
          await reader.read();
          resolve(performance.now() - (firstTokenAt ?? 0) - speechFirstByteMs);
          await reader.cancel();
        }, reject);
      };
    });
    await fetch(`${base}/api/sessions/${session.id}/turns`, {
      method: "POST",
      headers: { authorization, "content-type": "application/json" },
      body: JSON.stringify({ text: `${answer} (${i})` }),
    });
    audioMs.push(await measured);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  stream.abort();

  // 3. In the browser: release the button, wait for the transcript in the composer.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${wav}`,
    ],
  });
  const screenMs: number[] = [];
  const playedMs: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // When the reply's first words show (a streaming message appears) and when audio starts.
    await page.addInitScript(`
      window.__firstWordsAt = [];
      window.__playingAt = [];
      new MutationObserver(() => {
        const streaming = document.querySelectorAll(".message.interviewer.streaming").length;
        if (streaming > (window.__streaming ?? 0)) window.__firstWordsAt.push(performance.now());
        window.__streaming = streaming;
      }).observe(document, { subtree: true, childList: true, attributes: true });
      document.addEventListener("playing", (event) => {
        if (event.target.currentSrc.startsWith("blob:") && event.target.duration > 0.3)
          window.__playingAt.push(performance.now());
      }, true);
    `);
    await page.goto(`${base}/sign-in`);
    await page.evaluate(
      `localStorage.setItem("mentara.token", ${JSON.stringify(authorization.slice(7))})`,
    );
    const room = { id: await startBehavioral() };
    await page.goto(`${base}/interview/${room.id}`);
    const talk = page.getByRole("button", { name: "Hold to talk" });
    await talk.waitFor({ timeout: 30_000 });
    const composer = page.getByLabel("Message to the interviewer");
    for (let i = 0; i < turns + 1; i++) {
      await composer.fill("");
      const box = await talk.boundingBox();
      if (!box) throw new Error("no talk button");
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.getByText("Recording — release to send it for transcription.").waitFor();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await page.mouse.up();
      const released = performance.now();
      const waitUntil = performance.now() + 20_000;
      while ((await composer.inputValue()) === "") {
        if (performance.now() > waitUntil) throw new Error(`turn ${i}: no transcript on screen`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (i >= 1) screenMs.push(performance.now() - released - transcriptionMs); // one warm-up
      // Send the spoken answer; the reply is read aloud as it streams.
      const heard = await page.evaluate<number>("window.__playingAt.length");
      await composer.press("Enter");
      const deadline = performance.now() + 20_000;
      while ((await page.evaluate<number>("window.__playingAt.length")) <= heard) {
        if (performance.now() > deadline) throw new Error("the reply was not read aloud");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const [words, played] = await page.evaluate<[number, number]>(
        "[window.__firstWordsAt.at(-1), window.__playingAt.at(-1)]",
      );
      if (i >= 1) playedMs.push(played - words - speechFirstByteMs);
      // The candidate waits for the interviewer to finish speaking before answering.
      while (
        !(await page.evaluate<boolean>(
          "[...document.querySelectorAll('audio')].every((a) => a.paused || a.ended)",
        ))
      )
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await browser.close();
  }

  const figures = {
    turns,
    fake_transcription_ms: transcriptionMs,
    fake_speech_first_byte_ms: speechFirstByteMs,
    speech_end_to_transcript_on_screen_ms_p50: screenMs.length
      ? round(percentile(screenMs, 50))
      : null,
    speech_end_to_transcript_on_screen_ms_p95: screenMs.length
      ? round(percentile(screenMs, 95))
      : null,
    speech_end_to_transcript_server_ms_p50: round(percentile(serverMs, 50)),
    first_words_to_audio_playing_ms_p50: playedMs.length ? round(percentile(playedMs, 50)) : null,
    first_words_to_audio_playing_ms_p95: playedMs.length ? round(percentile(playedMs, 95)) : null,
    first_token_to_first_audio_ms_p50: round(percentile(audioMs, 50)),
    first_token_to_first_audio_ms_p95: round(percentile(audioMs, 95)),
  };
  if (screenMs.length)
    console.log(
      `end of speech → transcript on screen (browser): p50 ${figures.speech_end_to_transcript_on_screen_ms_p50} ms, p95 ${figures.speech_end_to_transcript_on_screen_ms_p95} ms (the fake's ${transcriptionMs} ms subtracted)`,
    );
  if (playedMs.length)
    console.log(
      `reply's first words on screen → its audio playing (browser): p50 ${figures.first_words_to_audio_playing_ms_p50} ms, p95 ${figures.first_words_to_audio_playing_ms_p95} ms (the fake's ${speechFirstByteMs} ms subtracted)`,
    );
  console.log(
    `end of speech → transcript from the server (HTTP only): p50 ${figures.speech_end_to_transcript_server_ms_p50} ms`,
  );
  console.log(
    `interviewer's first token → first audio bytes: p50 ${figures.first_token_to_first_audio_ms_p50} ms, p95 ${figures.first_token_to_first_audio_ms_p95} ms (the fake's ${speechFirstByteMs} ms subtracted)`,
  );
  console.log(JSON.stringify(figures));
} finally {
  await server.stop();
  await audio.close();
  await chat.close();
}
