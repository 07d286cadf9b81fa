/**
 * `npm run bench:web`: how much JavaScript (gzip) the web app loads before its first page shows,
 * and before the interview room can be used. Builds the web app first (skip with --no-build).
 * The last line is JSON.
 */
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../apps/web/dist/", import.meta.url).pathname;
if (!process.argv.includes("--no-build")) execSync("npm run build:web", { stdio: "ignore" });

const assets = join(dist, "assets");
const gzipKb = (file: string) => gzipSync(readFileSync(join(assets, file))).length / 1024;
const source = (file: string) => readFileSync(join(assets, file), "utf8");

/** The chunks a chunk pulls in: its static imports, and with `dynamic` its lazy ones too. */
function closure(start: string[], dynamic: (file: string) => boolean): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  for (let file = todo.pop(); file; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = source(file);
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g))
      if (match[1]) todo.push(match[1]);
    if (dynamic(file))
      for (const match of code.matchAll(/import\([`"]\.\/([\w.-]+\.js)[`"]\)/g))
        if (match[1]) todo.push(match[1]);
  }
  return seen;
}

const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = [...html.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.js)"/g)].flatMap((m) =>
  m[1] ? [m[1]] : [],
);
const firstPage = closure(initial, () => false);
const roomChunk = [...closure(initial, () => true)].find((f) =>
  f.startsWith("interview-room-page-"),
);
if (!roomChunk) throw new Error("no interview room chunk in the build");
// The room and what it loads to be usable: its imports and the editor it loads lazily.
const room = new Set([...firstPage, ...closure([roomChunk], (f) => f === roomChunk)]);

const total = (files: Set<string>) =>
  Math.round([...files].reduce((sum, f) => sum + gzipKb(f), 0) * 10) / 10;
for (const [name, files] of [
  ["first page", firstPage],
  ["interview room", room],
] as const) {
  console.log(`${name}: ${total(files)} kB gzip in ${files.size} chunks`);
  for (const file of [...files].sort()) console.log(`  ${file} ${gzipKb(file).toFixed(1)} kB`);
}
console.log(
  JSON.stringify({ first_page_js_gzip_kb: total(firstPage), room_js_gzip_kb: total(room) }),
);
