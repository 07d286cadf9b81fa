/**
 * `npm run bench:web`: how much JavaScript (gzip) the web app loads before its first page shows,
 * and before the interview room can be used. Builds the web app first (skip with --no-build).
 * With --check it fails (exit code 1) when either grows past its budget (decision 017).
 * The last line is JSON.
 */
import { execSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The landing page, in kB of gzip JavaScript. */
const firstPageBudgetKb = 120;
/** The room's own chunks (its page and the editor it opens with): 194.2 kB on 2026-12-01, +3%. */
const roomOwnBudgetKb = 200;
/** Everything opening the room loads, first page included: 378.3 kB on 2026-12-01. */
const roomBudgetKb = 378.3;
/**
 * Lazy chunks the room fetches only when the candidate asks for them (the whiteboard, voice
 * input), not when it opens: shown apart, never counted in the room. A chunk the room loads as
 * it opens must not match.
 */
const onDemand = /^(whiteboard|excalidraw|microphone|reply-speaker|speech|voice)/;

const dist = new URL("../apps/web/dist/", import.meta.url).pathname;
if (!process.argv.includes("--no-build")) execSync("npm run build:web", { stdio: "ignore" });

const assets = join(dist, "assets");
const chunks = readdirSync(assets).filter((f) => f.endsWith(".js"));
const gzipKb = (file: string) => gzipSync(readFileSync(join(assets, file))).length / 1024;
const source = (file: string) => readFileSync(join(assets, file), "utf8");
const lazyImports = (file: string) =>
  [...source(file).matchAll(/import\([`"]\.\/([\w.-]+\.js)[`"]\)/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );

/** The chunks these chunks pull in by their static imports. */
function closure(start: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  for (let file = todo.pop(); file; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of source(file).matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g))
      if (match[1]) todo.push(match[1]);
  }
  return seen;
}

/** The one chunk built from a source file of this name; a rename must update this benchmark. */
function chunkOf(name: string): string {
  const found = chunks.filter((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f));
  if (found.length !== 1) throw new Error(`expected one ${name} chunk, found ${found.length}`);
  return found[0] as string;
}

const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = [...html.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.js)"/g)].flatMap((m) =>
  m[1] ? [m[1]] : [],
);
const firstPage = closure(initial);
// A Russian first page waits for its strings too.
const firstPageRu = new Set([...firstPage, ...closure([chunkOf("ru")])]);

// Opening /interview/:id: the sign-in gate and the query cache around it, the room's page, and
// the lazy chunks it opens with (the editor).
const roomPage = chunkOf("interview-room-page");
const roomLazy = lazyImports(roomPage);
const openedWithRoom = roomLazy.filter((f) => !onDemand.test(f));
const askedFor = closure(roomLazy.filter((f) => onDemand.test(f)));
// The room's own chunks: its page and what it opens with, without the chunks they share.
const roomOwn = new Set([roomPage, ...openedWithRoom]);
const room = new Set([
  ...firstPage,
  ...closure([chunkOf("require-auth"), chunkOf("query-provider"), roomPage, ...openedWithRoom]),
]);

const total = (files: Iterable<string>) =>
  Math.round([...files].reduce((sum, f) => sum + gzipKb(f), 0) * 10) / 10;
for (const [name, files] of [
  ["first page", firstPage],
  ["interview room", room],
  ["room on demand (not counted)", askedFor],
] as const) {
  console.log(`${name}: ${total(files)} kB gzip in ${files.size} chunks`);
  for (const file of [...files].sort()) console.log(`  ${file} ${gzipKb(file).toFixed(1)} kB`);
}
console.log(`first page in Russian: ${total(firstPageRu)} kB gzip`);
console.log(`the room's own chunks: ${total(roomOwn)} kB gzip`);

const figures = {
  first_page_js_gzip_kb: total(firstPage),
  first_page_ru_js_gzip_kb: total(firstPageRu),
  room_js_gzip_kb: total(room),
  room_own_js_gzip_kb: total(roomOwn),
};
if (process.argv.includes("--check")) {
  const over = [
    ["first page", figures.first_page_js_gzip_kb, firstPageBudgetKb],
    ["room's own chunks", figures.room_own_js_gzip_kb, roomOwnBudgetKb],
    ["interview room", figures.room_js_gzip_kb, roomBudgetKb],
  ].filter(([, kb, budget]) => Number(kb) > Number(budget));
  for (const [name, kb, budget] of over)
    console.error(`over budget: the ${name} loads ${kb} kB gzip, its budget is ${budget} kB`);
  if (over.length > 0) process.exitCode = 1;
  else console.log("every budget holds");
}
console.log(JSON.stringify(figures));
