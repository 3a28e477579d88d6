import { describe, expect, it } from "vitest";
import { parseTag } from "../../src/engine/tags.js";
import { interpretLine, TAG_HANDLERS } from "../../src/ui/tags.js";

describe("tag table", () => {
  it("parses key: value tags", () => {
    expect(parseTag("speaker: Data")).toEqual({ key: "speaker", value: "Data" });
    expect(parseTag("pause")).toEqual({ key: "pause", value: "" });
    expect(parseTag("Scene:  Deck 16 ")).toEqual({ key: "scene", value: "Deck 16" });
  });

  it("turns tags into blocks around the line, and carries the theme", () => {
    const state = { theme: "ship" as const } as { theme: "ship" | "noir" };
    expect(interpretLine({ text: "Hello.", tags: ["chapter: One", "speaker: Lily", "pause"] }, state)).toEqual([
      { kind: "chapter", title: "One" },
      { kind: "text", text: "Hello.", speaker: "Lily", theme: "ship", recap: false },
      { kind: "pause" },
    ]);
    interpretLine({ text: "The club.", tags: ["theme: noir"] }, state);
    expect(state.theme).toBe("noir");
    expect(interpretLine({ text: "Rain.", tags: [] }, state)[0]).toMatchObject({ theme: "noir" });
  });

  it("ignores tags it does not know", () => {
    expect(interpretLine({ text: "x", tags: ["colour: red"] }, { theme: "ship" })).toHaveLength(1);
  });

  it("has one handler per documented key", () => {
    const keys = TAG_HANDLERS.map((h) => h.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of ["chapter", "scene", "speaker", "theme", "pause", "recap", "ending", "placeholder"]) {
      expect(keys).toContain(k);
    }
  });
});
