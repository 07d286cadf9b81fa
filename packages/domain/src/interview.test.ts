import { describe, expect, it } from "vitest";
import { checkMinimumAge } from "./interview.ts";

describe("checkMinimumAge", () => {
  const firstOfDecember = new Date("2026-12-01T00:00:00Z");

  it("decides by the year when the person does not turn 16 this year", () => {
    expect(checkMinimumAge({ year: 2009 }, firstOfDecember)).toBe("old_enough");
    expect(checkMinimumAge({ year: 1950 }, firstOfDecember)).toBe("old_enough");
    expect(checkMinimumAge({ year: 2011 }, firstOfDecember)).toBe("too_young");
    // A month alongside a year that decides changes nothing.
    expect(checkMinimumAge({ year: 2009, month: 12 }, firstOfDecember)).toBe("old_enough");
    expect(checkMinimumAge({ year: 2011, month: 1 }, firstOfDecember)).toBe("too_young");
  });

  it("asks the month from someone who turns 16 this year, then decides by it", () => {
    expect(checkMinimumAge({ year: 2010 }, firstOfDecember)).toBe("month_needed");
    // Born this very month 16 years ago: let in (the day is not asked).
    expect(checkMinimumAge({ year: 2010, month: 12 }, firstOfDecember)).toBe("old_enough");
    expect(checkMinimumAge({ year: 2010, month: 11 }, firstOfDecember)).toBe("old_enough");
    expect(checkMinimumAge({ year: 2010, month: 1 }, firstOfDecember)).toBe("old_enough");
  });

  it("refuses someone born in a later month than this one, sixteen years ago", () => {
    const midSummer = new Date("2026-07-15T12:00:00Z");
    expect(checkMinimumAge({ year: 2010, month: 7 }, midSummer)).toBe("old_enough");
    expect(checkMinimumAge({ year: 2010, month: 8 }, midSummer)).toBe("too_young");
    expect(checkMinimumAge({ year: 2010, month: 12 }, midSummer)).toBe("too_young");
  });

  it("holds across the turn of the year, in UTC", () => {
    const lastMomentOf2026 = new Date("2026-12-31T23:59:59Z");
    const firstMomentOf2027 = new Date("2027-01-01T00:00:00Z");
    expect(checkMinimumAge({ year: 2010, month: 12 }, lastMomentOf2026)).toBe("old_enough");
    expect(checkMinimumAge({ year: 2011 }, lastMomentOf2026)).toBe("too_young");
    // On New Year's Day those born in 2011 turn 16 this year: January only, so far.
    expect(checkMinimumAge({ year: 2011 }, firstMomentOf2027)).toBe("month_needed");
    expect(checkMinimumAge({ year: 2011, month: 1 }, firstMomentOf2027)).toBe("old_enough");
    expect(checkMinimumAge({ year: 2011, month: 2 }, firstMomentOf2027)).toBe("too_young");
    expect(checkMinimumAge({ year: 2010 }, firstMomentOf2027)).toBe("old_enough");
    // Still 31 December in UTC, whatever the local clock says.
    expect(checkMinimumAge({ year: 2011 }, new Date("2027-01-01T02:00:00+03:00"))).toBe(
      "too_young",
    );
  });
});
