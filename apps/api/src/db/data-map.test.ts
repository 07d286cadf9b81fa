import { readFileSync } from "node:fs";
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "./schema.ts";

/**
 * docs/privacy/data-map.md must describe every column of every table in this schema, and nothing
 * that is gone from it: a column added without its entry fails the build. A table's section is a
 * heading "### `table_name`"; each column is a markdown table row "| `column_name` | holds |
 * purpose | retention | processors |" under it, every cell filled in.
 */
const dataMapPath = new URL("../../../../docs/privacy/data-map.md", import.meta.url);
const cellsPerRow = 5;

/** "table.column" for every column the schema declares, by their SQL names. */
function schemaColumns(): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    const name = config.schema ? `${config.schema}.${config.name}` : config.name;
    tables.set(
      name,
      config.columns.map((column) => column.name),
    );
  }
  return tables;
}

interface DocumentedColumn {
  table: string;
  column: string;
  line: number;
  cells: string[];
}

/** The cells of a markdown table row, split on pipes that are not escaped. */
const cellsOf = (row: string): string[] =>
  row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

/** The tables and column rows the markdown documents; other headings end a table's section. */
function documentedColumns(markdown: string): { tables: string[]; columns: DocumentedColumn[] } {
  const tables: string[] = [];
  const columns: DocumentedColumn[] = [];
  let table: string | undefined;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const heading = /^###\s+`([\w.]+)`\s*$/.exec(text);
    if (heading?.[1]) {
      table = heading[1];
      tables.push(table);
      return;
    }
    if (/^#{1,6}\s/.test(text)) {
      table = undefined;
      return;
    }
    const row = /^\|\s*`(\w+)`\s*\|/.exec(text);
    if (table && row?.[1])
      columns.push({ table, column: row[1], line: index + 1, cells: cellsOf(text) });
  });
  return { tables, columns };
}

const inSchema = schemaColumns();
const documented = documentedColumns(readFileSync(dataMapPath, "utf8"));
const key = (table: string, column: string) => `${table}.${column}`;
const documentedKeys = new Set(documented.columns.map((c) => key(c.table, c.column)));
const schemaKeys = new Set(
  [...inSchema].flatMap(([table, columns]) => columns.map((column) => key(table, column))),
);

describe("the privacy data map (docs/privacy/data-map.md)", () => {
  it("reads tables from the schema and sections from the map", () => {
    expect(inSchema.size).toBeGreaterThan(0);
    expect(documented.tables.length).toBeGreaterThan(0);
  });

  it("has a section for every table", () => {
    const missing = [...inSchema.keys()].filter((table) => !documented.tables.includes(table));
    expect(missing, `tables with no "### \`name\`" section in the data map`).toEqual([]);
  });

  it("has an entry for every column", () => {
    const missing = [...schemaKeys].filter((k) => !documentedKeys.has(k));
    expect(missing, "columns with no row in the data map: document each one").toEqual([]);
  });

  it("documents no table or column that is gone from the schema", () => {
    const goneTables = documented.tables.filter((table) => !inSchema.has(table));
    const goneColumns = documented.columns
      .filter((c) => inSchema.has(c.table) && !schemaKeys.has(key(c.table, c.column)))
      .map((c) => `${key(c.table, c.column)} (line ${c.line})`);
    expect(goneTables, "sections for tables the schema no longer has").toEqual([]);
    expect(goneColumns, "rows for columns the schema no longer has").toEqual([]);
  });

  it("documents each column once, with every cell filled in", () => {
    const seen = new Map<string, number>();
    for (const c of documented.columns)
      seen.set(key(c.table, c.column), (seen.get(key(c.table, c.column)) ?? 0) + 1);
    const twice = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
    expect(twice, "columns documented more than once").toEqual([]);
    const incomplete = documented.columns
      .filter((c) => c.cells.length !== cellsPerRow || c.cells.some((cell) => cell === ""))
      .map((c) => `${key(c.table, c.column)} (line ${c.line})`);
    expect(
      incomplete,
      "rows need exactly: column | holds | purpose | retention | processors, none empty",
    ).toEqual([]);
  });
});
