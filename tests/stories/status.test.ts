/**
 * First Contact's own account of where things stand (its `status` function,
 * stories/first-contact/status.ink), run aside from each chapter's entry
 * states: words only, what is known by then, and the story left as it was.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STATUS } from "../../src/app/screens/story-so-far.js";
import { openStory } from "../../src/engine/index.js";
import { ChoicePoint, Container, Divert, Story, VariableAssignment } from "../../src/verify/ink-internals.js";
import { compileOnce } from "../support/compile.js";

const json = compileOnce(join(import.meta.dirname, "..", "..", "stories", "first-contact", "main.ink")).json as string;

/** The status lines at an entry state's first choices (its first preset), and whether the state was untouched. */
function statusAt(entry: string | null, preset = 0) {
  const e = openStory(json);
  e.seed(3);
  if (entry) {
    e.goTo(entry);
    if (e.continue().choices.length > 1) e.choose(preset);
  }
  e.continue();
  const before = e.snapshot();
  const lines = e.aside(STATUS);
  return { lines: (lines ?? []).map((l) => l.text), untouched: e.snapshot() === before, found: lines !== null };
}

describe("First Contact's status", () => {
  const entries = [
    null,
    "entry_sickbay",
    "entry_holodeck",
    "entry_deflector",
    "entry_bozeman",
    "entry_engineering",
    "entry_epilogue",
  ];

  it.each(entries)("at %s: lines in words, never a number, and the story left as it was", (entry) => {
    const { lines, untouched, found } = statusAt(entry);
    expect(found).toBe(true);
    expect(untouched).toBe(true);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l, l).not.toMatch(/\d/);
  });

  it("says only what is known by the chapter: the prologue knows nothing of sickbay, the holodeck nothing of the dish", () => {
    const start = statusAt(null).lines.join("\n");
    expect(start).toContain("Collective's voice");
    expect(start).not.toMatch(/sickbay|Lily|Hawk|beacon/);
    const holodeck = statusAt("entry_holodeck").lines.join("\n");
    expect(holodeck).toMatch(/up the tube|got out/);
    expect(holodeck).toMatch(/Lily (left|slipped away from) Beverly/);
    expect(holodeck).not.toMatch(/Hawk|Cochrane/);
    const epilogue = statusAt("entry_epilogue").lines.join("\n");
    expect(epilogue).toMatch(/Hawk/);
    expect(epilogue).toMatch(/Cochrane/);
    expect(epilogue).toMatch(/Lily (trusts|will work|does not trust)/);
  });

  it("reads who got out of sickbay", () => {
    // The holodeck's first preset brings everyone out; its fourth, only Ogawa.
    expect(statusAt("entry_holodeck", 0).lines).toContain(
      "Beverly brought Ogawa, Tolland and the wounded up the tube.",
    );
    expect(statusAt("entry_holodeck", 3).lines).toContain(
      "Only Ogawa came up the tube with Beverly. The drones took Tolland, and the wounded are still down there.",
    );
  });

  it("is a pure reader: no global assigned, no divert out of it, no choice", () => {
    const story = new Story(json);
    const status = story.KnotContainerWithName(STATUS);
    if (!status) throw new Error("no status in the story");
    const problems: string[] = [];
    const walk = (c: Container) => {
      for (const o of [...c.content, ...c.namedContent.values()]) {
        if (o instanceof ChoicePoint) problems.push("a choice");
        if (o instanceof VariableAssignment && (o.isGlobal || !o.isNewDeclaration)) {
          problems.push(`an assignment to ${o.variableName}`);
        }
        // Its own conditionals branch within it; anything else would leave it.
        const to = o instanceof Divert && !o.pushesToStack ? o.targetPath?.toString() : undefined;
        if (to && !to.startsWith(".") && !to.startsWith(`${STATUS}.`)) problems.push(`a divert to ${to}`);
        if (o instanceof Container) walk(o);
      }
    };
    walk(status);
    expect(problems).toEqual([]);
  });
});
