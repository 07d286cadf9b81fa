import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./open-database.ts";
import { users } from "./schema.ts";

/** A new DATA_DIR started from the template install makes (decision 016), and one without. */
describe("a PGlite data folder opened from a template", () => {
  const folder = mkdtempSync(join(tmpdir(), "open-database-"));
  const template = join(folder, "template.tar.gz");

  beforeAll(async () => {
    const source = await openDatabase({ dataDir: "memory" });
    await source.db.insert(users).values({ email: "from-the-template@example.com" });
    const { PGlite } = await import("@electric-sql/pglite");
    const client = (source.db as unknown as { $client: InstanceType<typeof PGlite> }).$client;
    writeFileSync(template, Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer()));
    await source.close();
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("starts a new folder with the template's tables and rows, and keeps what is written", async () => {
    const dataDir = join(folder, "new");
    const first = await openDatabase({ dataDir, template });
    expect((await first.db.select().from(users)).map((u) => u.email)).toEqual([
      "from-the-template@example.com",
    ]);
    await first.db.insert(users).values({ email: "written-later@example.com" });
    await first.close();

    // The template only ever fills a new folder: reopening keeps what was written since.
    const again = await openDatabase({ dataDir, template });
    expect((await again.db.select().from(users)).map((u) => u.email).sort()).toEqual([
      "from-the-template@example.com",
      "written-later@example.com",
    ]);
    await again.close();
  }, 60_000);

  it("makes a working empty database when the template is missing or not a database", async () => {
    const broken = join(folder, "broken.tar.gz");
    writeFileSync(broken, "not a tarball");
    for (const [name, path] of [
      ["missing", join(folder, "no-such-file.tar.gz")],
      ["broken", broken],
    ] as const) {
      const dataDir = join(folder, name);
      const database = await openDatabase({ dataDir, template: path });
      expect(await database.db.select().from(users)).toEqual([]);
      await database.db.insert(users).values({ email: `${name}@example.com` });
      await database.close();
      expect(readdirSync(dataDir)).toContain("PG_VERSION");
    }
  }, 60_000);
});
