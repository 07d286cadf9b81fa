import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { type FakeOpenAiAudio, startFakeOpenAiAudio } from "@mentara/testing/fake-openai-audio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logOptions } from "../../http/log-options.ts";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

/** A WAV recording whose samples spell a marker no other data contains, to look for it afterwards. */
function recording(marker: string, bytes = 48_000): Buffer {
  const data = Buffer.alloc(bytes, `${marker}-`);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + bytes, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16_000, 24);
  header.writeUInt32LE(32_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(bytes, 40);
  return Buffer.concat([header, data]);
}

let audio: FakeOpenAiAudio;
let t: TestApp;
beforeAll(async () => {
  audio = await startFakeOpenAiAudio();
  t = await startTestApp({
    logger: logOptions("trace", logStream),
    env: {
      STT_PROVIDER: "openai-compatible",
      STT_MODEL: "whisper-1",
      STT_BASE_URL: audio.baseUrl,
      STT_MAX_AUDIO_MB: "1",
      TTS_PROVIDER: "openai",
      TTS_MODEL: "tts-1",
      TTS_API_KEY: "test-speech-key",
      TTS_BASE_URL: audio.baseUrl,
      TTS_VOICE: "nova",
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await audio?.close();
});

const transcribe = (authorization: string, body: Buffer | string, type: string, query = "") =>
  t.app.inject({
    method: "POST",
    url: `/api/speech/transcriptions${query}`,
    headers: { authorization, "content-type": type },
    payload: body,
  });

/** Every "schema.table.column" whose text holds one of `values`. */
async function placesNaming(values: string[]): Promise<string[]> {
  const { rows } = await t.database.executeSql(
    `SELECT table_schema, table_name, column_name FROM information_schema.columns
       JOIN information_schema.tables USING (table_schema, table_name)
      WHERE table_type = 'BASE TABLE'
        AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const found: string[] = [];
  for (const row of rows as { table_schema: string; table_name: string; column_name: string }[]) {
    const { rows: hits } = await t.database.executeSql(
      `SELECT count(*)::int AS n FROM "${row.table_schema}"."${row.table_name}"
        WHERE encode(convert_to("${row.column_name}"::text, 'UTF8'), 'escape') LIKE ANY($1::text[])`,
      [values.map((v) => `%${v}%`)],
    );
    if ((hits[0] as { n: number }).n > 0)
      found.push(`${row.table_schema}.${row.table_name}.${row.column_name}`);
  }
  return found;
}

describe("spoken answers", () => {
  it("says which voice features are on", async () => {
    const { authorization } = await signUpUser(t.app);
    const config = await t.app.inject({
      method: "GET",
      url: "/api/speech",
      headers: { authorization },
    });
    expect(config.json()).toEqual({
      transcription: true,
      synthesis: true,
      maxAudioBytes: 1024 * 1024,
    });
  });

  it("transcribes a recording with its delivery, stores the spoken turn, and keeps no audio anywhere", async () => {
    const { authorization } = await signUpUser(t.app);
    const marker = `VOICEPRINT${randomBytes(6).toString("hex")}`;
    const said =
      "Um, I would use a hash map, uh, from each value to its index, so one pass is enough.";
    audio.transcribeAs({
      text: said,
      segments: [
        { start: 0.4, end: 3.1 },
        { start: 6.3, end: 9.0 },
        { start: 9.4, end: 12.4 },
      ],
      duration: 13,
    });
    const heard = await transcribe(authorization, recording(marker), "audio/wav", "?language=en");
    expect(heard.statusCode).toBe(200);
    // From the first word to the last, and the 3.2 s silence after 2.7 s of speaking.
    expect(heard.json()).toEqual({
      text: said,
      speech: { durationMs: 12_000, pauses: [{ atMs: 2_700, ms: 3_200 }] },
    });
    const sent = audio.transcriptions.at(-1);
    expect(sent).toMatchObject({
      model: "whisper-1",
      responseFormat: "verbose_json",
      language: "en",
      fileType: "audio/wav",
      bytes: 48_044,
    });
    expect(sent?.prompt).toMatch(/Umm/);

    const session = (
      await t.app.inject({
        method: "POST",
        url: "/api/sessions",
        headers: { authorization },
        payload: { type: "behavioral" },
      })
    ).json();
    const posted = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization },
      payload: { text: heard.json().text, speech: heard.json().speech },
    });
    expect(posted.statusCode).toBe(201);
    expect(posted.json().speech).toEqual(heard.json().speech);
    await t.app.drain();
    const detail = (
      await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}`,
        headers: { authorization },
      })
    ).json();
    const spoken = detail.turns.find((turn: { text: string }) => turn.text === said);
    expect(spoken.speech).toEqual({ durationMs: 12_000, pauses: [{ atMs: 2_700, ms: 3_200 }] });
    // A typed turn is not marked as spoken.
    expect(detail.turns.filter((turn: { speech?: unknown }) => turn.speech)).toHaveLength(1);

    const base64 = recording(marker)
      .subarray(44, 44 + 300)
      .toString("base64")
      .slice(8, 72);
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/end`,
      headers: { authorization },
    });
    let report: Record<string, unknown> = {};
    for (let i = 0; i < 100 && !report.delivery; i++) {
      await t.app.drain();
      const read = await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}/report`,
        headers: { authorization },
      });
      if (read.statusCode === 200) report = read.json();
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(report.delivery).toMatchObject({
      spokenTurns: 1,
      speakingMs: 12_000,
      fillers: [
        { word: "uh", count: 1 },
        { word: "um", count: 1 },
      ],
      fillersPerMinute: 10,
      longPauses: [{ turnId: spoken.id, atMs: 2_700, ms: 3_200 }],
    });

    // The scan finds what is there (the transcript, kept like a typed turn) and no audio.
    expect(await placesNaming([said])).toContain("public.turns.text");
    expect(await placesNaming([marker, base64])).toEqual([]);
    const logs = logLines.join("");
    expect(logs).toContain("/api/speech/transcriptions");
    expect(logs).not.toContain(marker);
    expect(logs).not.toContain(base64);
    expect(logs).not.toContain(said);
  });

  it("refuses a recording over the size limit, something that is not audio, and silence, saying what to do", async () => {
    const { authorization } = await signUpUser(t.app);
    const before = audio.transcriptions.length;
    const big = await transcribe(authorization, recording("big", 1024 * 1024 + 1), "audio/wav");
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toMatch(/larger than 1 MB.*shorter answer/);

    const json = await t.app.inject({
      method: "POST",
      url: "/api/speech/transcriptions",
      headers: { authorization },
      payload: { audio: "aGVsbG8=" },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toMatch(/audio Content-Type \(audio\/webm/);

    const octets = await transcribe(authorization, Buffer.from("abc"), "application/octet-stream");
    expect(octets.statusCode).toBe(415);
    expect(octets.json().error.message).toMatch(/not application\/octet-stream/);

    const fake = await transcribe(
      authorization,
      Buffer.from("<html>not audio</html>"),
      "audio/webm",
    );
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toMatch(/WebM, MP4, Ogg, WAV/);

    const empty = await transcribe(authorization, Buffer.alloc(0), "audio/webm");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/empty/);

    const language = await transcribe(authorization, recording("x"), "audio/wav", "?language=de");
    expect(language.statusCode).toBe(400);
    expect(language.json().error.message).toMatch(/language is en or ru/);
    expect(audio.transcriptions.length).toBe(before);

    audio.transcribeAs({ text: "", segments: [], duration: 2 });
    const silence = await transcribe(authorization, recording("quiet"), "audio/wav");
    expect(silence.statusCode).toBe(400);
    expect(silence.json().error.message).toMatch(/No words were heard/);
    audio.transcribeAs({ text: "Back to normal.", segments: [{ start: 0, end: 1 }], duration: 1 });
  });

  it("says plainly when the provider fails, and refuses without a sign-in or with consent withdrawn", async () => {
    const { authorization } = await signUpUser(t.app);
    audio.failNext(500, 2);
    const failed = await transcribe(authorization, recording("fail"), "audio/wav");
    expect(failed.statusCode).toBe(503);
    expect(failed.json().error.message).toMatch(
      /speech-to-text provider \(openai-compatible:whisper-1\) is not answering.*type your answer/,
    );
    const anonymous = await t.app.inject({
      method: "POST",
      url: "/api/speech/transcriptions",
      headers: { "content-type": "audio/wav" },
      payload: recording("anon"),
    });
    expect(anonymous.statusCode).toBe(401);

    const withdrawn = await t.app.inject({
      method: "POST",
      url: "/api/me/ai-consent",
      headers: { authorization },
      payload: { aiConsent: false },
    });
    expect(withdrawn.statusCode).toBeLessThan(300);
    const refused = await transcribe(authorization, recording("consent"), "audio/wav");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/speech provider.*Profile/);
  });

  it("reads a sentence aloud through the speech provider as MP3", async () => {
    const { authorization } = await signUpUser(t.app);
    const spoken = await t.app.inject({
      method: "POST",
      url: "/api/speech/synthesis",
      headers: { authorization },
      payload: { text: "Tell me about a time you disagreed with your team." },
    });
    expect(spoken.statusCode).toBe(200);
    expect(spoken.headers["content-type"]).toBe("audio/mpeg");
    expect([...spoken.rawPayload.subarray(0, 2)]).toEqual([0xff, 0xfb]);
    expect(audio.speeches.at(-1)).toMatchObject({
      model: "tts-1",
      voice: "nova",
      responseFormat: "mp3",
      input: "Tell me about a time you disagreed with your team.",
    });
    const tooLong = await t.app.inject({
      method: "POST",
      url: "/api/speech/synthesis",
      headers: { authorization },
      payload: { text: "word ".repeat(300) },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toMatch(/split the reply into sentences/);
  });

  it("lets the page play audio from blob URLs and nothing else new", async () => {
    const page = await t.app.inject({ method: "GET", url: "/api/health" });
    const policy = String(page.headers["content-security-policy"]);
    expect(policy).toContain("media-src 'self' blob:");
    expect(policy).not.toMatch(/media-src[^;]*(https?:|data:|\*)/);
  });
});

describe("without speech providers", () => {
  let bare: TestApp;
  beforeAll(async () => {
    bare = await startTestApp();
  }, 60_000);
  afterAll(async () => {
    await bare?.close();
  });

  it("turns spoken answers off and names the setting that turns them on", async () => {
    const { authorization } = await signUpUser(bare.app);
    const config = await bare.app.inject({
      method: "GET",
      url: "/api/speech",
      headers: { authorization },
    });
    expect(config.json()).toMatchObject({ transcription: false, synthesis: false });
    const refused = await bare.app.inject({
      method: "POST",
      url: "/api/speech/transcriptions",
      headers: { authorization, "content-type": "audio/wav" },
      payload: recording("off"),
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.json().error.message).toMatch(/STT_PROVIDER/);
    const synthesis = await bare.app.inject({
      method: "POST",
      url: "/api/speech/synthesis",
      headers: { authorization },
      payload: { text: "Hello." },
    });
    expect(synthesis.statusCode).toBe(503);
    expect(synthesis.json().error.message).toMatch(/TTS_PROVIDER/);
  });
});
