import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./open-database.ts";
import { users } from "./schema.ts";

const emails = async (database: Awaited<ReturnType<typeof openDatabase>>) =>
  (await database.db.select().from(users)).map((u) => u.email).sort();

/** A new DATA_DIR started from the template install makes (decision 016), and one without. */
describe("a PGlite data folder opened from a template", () => {
  const folder = mkdtempSync(join(tmpdir(), "open-database-"));
  const template = join(folder, "template");

  beforeAll(async () => {
    // As install makes it: a migrated PGlite data folder, closed.
    const source = await openDatabase({ dataDir: template });
    await source.db.insert(users).values({ email: "from-the-template@example.com" });
    await source.close();
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("starts a new folder with the template's tables and rows, and keeps what is written", async () => {
    const dataDir = join(folder, "new");
    const first = await openDatabase({ dataDir, template });
    expect(await emails(first)).toEqual(["from-the-template@example.com"]);
    await first.db.insert(users).values({ email: "written-later@example.com" });
    await first.close();

    // The template only ever fills a new folder: reopening keeps what was written since.
    const again = await openDatabase({ dataDir, template });
    expect(await emails(again)).toEqual([
      "from-the-template@example.com",
      "written-later@example.com",
    ]);
    await again.close();
    // Nothing written to the copy reached the template.
    const original = await openDatabase({ dataDir: template });
    expect(await emails(original)).toEqual(["from-the-template@example.com"]);
    await original.close();
  }, 60_000);

  it("fills again a folder whose first start was killed while copying the template", async () => {
    const dataDir = join(folder, "cut-short");
    mkdirSync(join(dataDir, "base"), { recursive: true });
    writeFileSync(join(dataDir, ".mentara-filling"), "");
    writeFileSync(join(dataDir, "base", "half-a-file"), "x");
    const database = await openDatabase({ dataDir, template });
    expect(await emails(database)).toEqual(["from-the-template@example.com"]);
    await database.close();
    expect(readdirSync(dataDir)).not.toContain(".mentara-filling");
  }, 60_000);

  it("makes a working empty database when the template is missing or not a database", async () => {
    const notAFolder = join(folder, "template.tar.gz");
    writeFileSync(notAFolder, "not a data folder");
    const broken = join(folder, "broken");
    mkdirSync(broken);
    writeFileSync(join(broken, "PG_VERSION"), "17\n");
    for (const [name, path] of [
      ["missing", join(folder, "no-such-folder")],
      ["file", notAFolder],
      ["broken", broken],
    ] as const) {
      const dataDir = join(folder, name === "broken" ? "from-broken" : name);
      const database = await openDatabase({ dataDir, template: path });
      expect(await database.db.select().from(users)).toEqual([]);
      await database.db.insert(users).values({ email: `${name}@example.com` });
      await database.close();
      expect(readdirSync(dataDir)).toContain("PG_VERSION");
    }
  }, 60_000);
});
