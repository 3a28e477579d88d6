import { describe, expect, it } from "vitest";
import { localTimeZone, TimeFormat } from "../../src/text/time.js";

const instants = [
  "2063-04-05T09:30:00.000Z",
  "2063-04-05T23:59:59.000Z",
  "2024-02-29T00:00:00.000Z",
  "2026-10-25T01:30:00.000Z",
  "1999-12-31T23:30:00.000Z",
];

describe("TimeFormat on the machine's own zone", () => {
  it("writes the same date and time as the zone named explicitly", () => {
    const local = new TimeFormat();
    const named = new TimeFormat(localTimeZone());
    for (const iso of instants) {
      expect(local.dateTime(iso)).toBe(named.dateTime(iso));
      expect(local.full(iso)).toBe(named.full(iso));
      expect(local.short(iso, instants[0] as string)).toBe(named.short(iso, instants[0] as string));
    }
    expect(local.zone).toBe(localTimeZone());
  });

  it("says so for a time it cannot read", () => {
    expect(new TimeFormat().dateTime("not a time")).toBe("unknown time");
  });

  it("falls back to UTC for an unknown zone", () => {
    const t = new TimeFormat("Nowhere/At_All");
    expect(t.zone).toBe("UTC");
    expect(t.full("2063-04-05T09:30:00.000Z")).toBe("2063-04-05 09:30 UTC");
  });
});
