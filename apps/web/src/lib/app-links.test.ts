import { describe, expect, it } from "vitest";
import { pathOfLink } from "./app-links.ts";

const id = "0b9f4a52-1c7e-4a43-9a55-2f1d7c3e8b10";

describe("links that open the app", () => {
  it("open the matching page from mentara:// and from the site's own links", () => {
    expect(pathOfLink(`mentara://report/${id}`)).toBe(`/report/${id}`);
    expect(pathOfLink(`mentara://interview/${id}`)).toBe(`/interview/${id}`);
    expect(pathOfLink("mentara://progress")).toBe("/progress");
    expect(pathOfLink(`https://mentara.ai/report/${id}/`)).toBe(`/report/${id}`);
    expect(pathOfLink("https://mentara.ai/progress")).toBe("/progress");
  });

  it("open nothing for pages a link has no business opening", () => {
    for (const url of [
      "mentara://profile",
      "mentara://report/not-an-id",
      "https://mentara.ai/account/delete",
      "javascript:alert(1)",
      "not a url",
    ])
      expect(pathOfLink(url), url).toBeNull();
  });
});
