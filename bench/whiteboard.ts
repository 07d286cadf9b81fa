/**
 * Whiteboard figures for issue #18: how long the interviewer's reading of a large board takes
 * (describeBoard on 2 000 elements, in this process), and how long the candidate waits for a
 * save of that board (PUT /api/sessions/:id/whiteboard against the server in its own process,
 * PGlite, or DATABASE_URL when set). A save of an unchanged board is skipped by the server, so
 * each save moves one box. Last line is JSON.
 *
 *   npm run bench:whiteboard
 */
import type { BoardElement } from "@mentara/interviewer/whiteboard/board-scene";
import { describeBoard } from "@mentara/interviewer/whiteboard/describe-board";
import { callApi } from "@mentara/testing/call-api";
import { signUpOverHttp } from "@mentara/testing/sign-up-over-http";
import { startServerProcess } from "@mentara/testing/start-server-process";
import { percentile, round } from "./figures.ts";

const rounds = Number(process.env.BENCH_WHITEBOARD_ROUNDS ?? 30);

/** A board of `boxes` labelled boxes in a grid, each with an arrow to the next: 3 elements each. */
function largeBoard(boxes: number, shift = 0): Record<string, unknown>[] {
  const elements: Record<string, unknown>[] = [];
  for (let i = 0; i < boxes; i++) {
    const x = (i % 25) * 200 + (i === 0 ? shift : 0);
    const y = Math.floor(i / 25) * 140;
    elements.push(
      { id: `box-${i}`, type: "rectangle", x, y, width: 150, height: 80, version: 1 },
      { id: `label-${i}`, type: "text", text: `Service ${i}`, containerId: `box-${i}`, version: 1 },
    );
    if (i > 0)
      elements.push({
        id: `arrow-${i}`,
        type: "arrow",
        x: x - 50,
        y: y + 40,
        points: [
          [0, 0],
          [50, 0],
        ],
        startBinding: { elementId: `box-${i - 1}` },
        endBinding: { elementId: `box-${i}` },
        version: 1,
      });
  }
  return elements;
}

const board = largeBoard(667);
const describeMs: number[] = [];
for (let i = 0; i < rounds; i++) {
  const started = performance.now();
  describeBoard(board as unknown as BoardElement[]);
  describeMs.push(performance.now() - started);
}

const server = await startServerProcess({ freshDatabase: true });
try {
  const authorization = await signUpOverHttp(server.url, "bench-board");
  const call = (method: string, path: string, body?: unknown) =>
    callApi(server.url, method, path, authorization, body);
  const created = await call("POST", "/sessions", { type: "system_design" });
  if (created.status !== 201) throw new Error(`no session: ${JSON.stringify(created.body)}`);
  const id = String(created.body.id);
  const saveMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const elements = largeBoard(667, i + 1);
    const started = performance.now();
    const saved = await call("PUT", `/sessions/${id}/whiteboard`, { elements });
    saveMs.push(performance.now() - started);
    if (saved.status !== 200) throw new Error(`save refused: ${JSON.stringify(saved.body)}`);
  }
  const bytes = JSON.stringify({ elements: board }).length;
  console.log(`board: ${board.length} elements, ${round(bytes / 1024)} kB as sent`);
  const figures = {
    elements: board.length,
    describe_p50_ms: round(percentile(describeMs, 50), 2),
    describe_p95_ms: round(percentile(describeMs, 95), 2),
    save_p50_ms: round(percentile(saveMs, 50)),
    save_p95_ms: round(percentile(saveMs, 95)),
  };
  console.log(JSON.stringify(figures));
} finally {
  await server.stop();
}
