import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import ru from "./locales/ru.json";

/** Plural forms differ by language (Russian has few and many); a key counts once for all of them. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("interface strings", () => {
  it("exist in both English and Russian", () => {
    const english = [...new Set(keys(en).map(base))].sort();
    const russian = [...new Set(keys(ru).map(base))].sort();
    expect(russian.filter((k) => !english.includes(k))).toEqual([]);
    expect(english.filter((k) => !russian.includes(k))).toEqual([]);
  });

  it("are never empty", () => {
    const empty = [en, ru].flatMap((locale) =>
      keys(locale).filter(
        (k) =>
          k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], locale) === "",
      ),
    );
    expect(empty).toEqual([]);
  });
});
