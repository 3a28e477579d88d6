/** Ending titles read from compiled stories: knots with and without parameters, and the shipped story. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { endingTitle, endingTitles } from "../../src/story-build/ending-titles.js";
import { repoRoot } from "../support/cli.js";
import { compileFixture } from "../support/compile.js";

describe("ending titles", () => {
  it("reads each ending knot's opening tags, stepping over its parameters", () => {
    const endings = endingTitles(compileFixture("endings/titled.ink"));
    expect(endings).toEqual({
      ending_harbour: { title: "Boats in the Harbour", hint: "Count the boats before you go." },
      ending_lighthouse: { title: "The Keeper's Lamp", hint: null },
    });
    expect(endingTitle(endings, "ending_plain")).toBeNull();
    expect(endingTitle(endings, "__proto__")).toBeNull();
  });

  it("gives nothing for JSON that is not a compiled story", () => {
    expect(endingTitles("{ not json")).toEqual({});
    expect(endingTitles({ hello: 1 })).toEqual({});
  });

  const built = join(repoRoot, "dist", "stories", "first-contact.json");
  it.skipIf(!existsSync(built))("titles every ending of the shipped story, with a hint", () => {
    const json = readFileSync(built, "utf8");
    const named = (JSON.parse(json).root as unknown[]).at(-1) as Record<string, unknown>;
    const knots = Object.keys(named).filter((k) => k.startsWith("ending_"));
    expect(knots.length).toBeGreaterThan(0);
    const endings = endingTitles(json);
    for (const knot of knots) {
      expect(endings[knot]?.title, knot).toBeTruthy();
      expect(endings[knot]?.hint, knot).toBeTruthy();
    }
    const manifest = JSON.parse(readFileSync(join(repoRoot, "dist", "stories", "first-contact.manifest.json"), "utf8"));
    expect(manifest.endings).toEqual(endings);
  });
});
