// The verifier steps inkjs in its own way (whole segments, no look-ahead
// snapshots, a cut-down ContinueSingleStep). This holds it to what plain
// inkjs does through its public API on a story made of every construct that
// builds a turn: string-evaluated choice text, glue, printing functions,
// tunnels, threads and an invisible default choice.
import { Story } from "inkjs";
import { describe, expect, test } from "vitest";
import { compileInkFile } from "../../src/story-build/compile.js";
import { countWords } from "../../src/text/words.js";
import { verifyStory } from "../../src/verify/index.js";

const file = "tests/fixtures/verify/stepping.ink";

interface Reference {
  endings: Set<string>;
  choiceTexts: Set<string>;
  words: number[];
}

/** Every path through a small tree-shaped story, with the public inkjs API. */
function enumerate(json: string): Reference {
  const ref: Reference = { endings: new Set(), choiceTexts: new Set(), words: [] };
  const walk = (saved: string | null, pick: number | null, words: number) => {
    const story = new Story(json);
    if (saved) story.state.LoadJson(saved);
    if (pick !== null) story.ChooseChoiceIndex(pick);
    let w = words;
    while (story.canContinue) {
      w += countWords(story.Continue() ?? "");
      for (const tag of story.currentTags ?? []) {
        const m = /^ending:\s*(\S+)/.exec(tag);
        if (m?.[1]) ref.endings.add(m[1]);
      }
    }
    if (story.currentChoices.length === 0) {
      ref.words.push(w);
      return;
    }
    const state = story.state.ToJson();
    story.currentChoices.forEach((c: { text: string }, i: number) => {
      ref.choiceTexts.add(c.text);
      walk(state, i, w);
    });
  };
  walk(null, null, 0);
  return ref;
}

describe("the verifier's stepping matches plain inkjs", () => {
  const compiled = compileInkFile(file);
  const json = compiled.json ?? "";
  const ref = enumerate(json);

  test("the reference walk sees what the fixture plants", () => {
    expect(compiled.diagnostics).toEqual([]);
    expect([...ref.endings].sort()).toEqual(["aft", "drifted", "outside", "read"]);
    expect(ref.choiceTexts).toContain("Ask about the lit lamp");
    expect(ref.choiceTexts).toContain("Leave it dark");
  });

  for (const snapshots of ["memory", "json"] as const) {
    test(`with ${snapshots} snapshots: same endings, every choice taken, word counts of real paths`, () => {
      const report = verifyStory(json, { runs: 200, snapshots });
      expect(report.problems).toEqual([]);
      expect(report.endings.map((e) => e.id).sort()).toEqual([...ref.endings].sort());
      expect(report.choicesNeverTaken).toBe(0);
      expect(ref.words).toContain(report.wordsPerRun.min);
      expect(ref.words).toContain(report.wordsPerRun.max);
      expect(report.wordsPerRun.min).toBe(Math.min(...ref.words));
      expect(report.wordsPerRun.max).toBe(Math.max(...ref.words));
    });
  }
});
