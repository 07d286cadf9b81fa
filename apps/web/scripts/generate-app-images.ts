/**
 * `npm run app:images -w @mentara/web`: every app icon and launch image the iOS and Android
 * projects hold, drawn again from one source image, `resources/icon.svg`, at the size each file
 * already has (the sizes the stores and the platforms ask for): icons fill their square, launch
 * images show the mark small in the middle of the brand colour. Run it after changing the source.
 */
import { readdirSync, statSync } from "node:fs";
import { rename } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";

const root = new URL("..", import.meta.url).pathname;
const icon = join(root, "resources/icon.svg");
const brand = { r: 31, g: 58, b: 95, alpha: 1 };

function pngsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pngsUnder(path);
    return name.endsWith(".png") ? [path] : [];
  });
}

/** A launch image: the mark at a fifth of the shorter side, centred on the brand colour. */
async function launchImage(width: number, height: number) {
  const side = Math.round(Math.min(width, height) / 5);
  const mark = await sharp(icon, { density: 300 }).resize(side, side).png().toBuffer();
  return sharp({ create: { width, height, channels: 4, background: brand } }).composite([
    { input: mark, gravity: "centre" },
  ]);
}

async function redraw(path: string): Promise<string> {
  const { width = 0, height = 0 } = await sharp(path).metadata();
  if (/splash/i.test(path)) {
    await (await launchImage(width, height)).png({ compressionLevel: 9 }).toFile(`${path}.tmp`);
    await rename(`${path}.tmp`, path);
    return `${path.replace(root, "")} ${width}x${height}`;
  }
  const source = icon;
  const round = path.endsWith("ic_launcher_round.png");
  // Android's adaptive foreground keeps its art in the middle 66% (the launcher crops the rest).
  const foreground = path.endsWith("ic_launcher_foreground.png");
  let image = sharp(source, { density: 300 }).resize(width, height, { fit: "cover" });
  if (foreground) {
    const inner = Math.round(width * 0.66);
    const art = await sharp(source, { density: 300 }).resize(inner, inner).png().toBuffer();
    image = sharp({
      create: { width, height, channels: 4, background: brand },
    }).composite([{ input: art, gravity: "centre" }]);
  }
  if (round) {
    const mask = Buffer.from(
      `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${width / 2}"/></svg>`,
    );
    image = sharp(await image.png().toBuffer()).composite([{ input: mask, blend: "dest-in" }]);
  }
  await image.png({ compressionLevel: 9 }).toFile(`${path}.tmp`);
  await rename(`${path}.tmp`, path);
  return `${path.replace(root, "")} ${width}x${height}`;
}

const files = [
  ...pngsUnder(join(root, "android/app/src/main/res")),
  ...pngsUnder(join(root, "ios/App/App/Assets.xcassets")),
];
for (const file of files) console.log(await redraw(file));
