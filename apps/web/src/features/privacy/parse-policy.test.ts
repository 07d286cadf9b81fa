import { describe, expect, it } from "vitest";
import { parsePolicy } from "./parse-policy.ts";
import en from "./privacy-policy.en.txt?raw";
import ru from "./privacy-policy.ru.txt?raw";

describe("the privacy policy", () => {
  it("has the client's nine sections in English and in Russian, paragraph for paragraph", () => {
    const english = parsePolicy(en);
    const russian = parsePolicy(ru);
    expect(english.map((s) => s.title)).toEqual([
      "1. Scope",
      "2. What we collect",
      "3. How we use it",
      "4. AI processing",
      "5. Sharing",
      "6. Retention & deletion",
      "7. Your rights",
      "8. Children",
      "9. Changes & contact",
    ]);
    expect(russian.map((s) => s.paragraphs.length)).toEqual(
      english.map((s) => s.paragraphs.length),
    );
    expect(english[1]?.paragraphs.map((p) => p.label)).toEqual([
      "Account",
      "Interview content",
      "Subscriptions",
      "Device",
      "Analytics",
      "Diagnostics",
    ]);
    expect(russian[1]?.paragraphs.every((p) => p.label)).toBe(true);
    expect(english[7]?.paragraphs[0]?.text).toMatch(/16\+/);
    expect(russian[7]?.paragraphs[0]?.text).toMatch(/от 16 лет/);
  });
});
