/**
 * Reads that can only change the printed text are left out of the state key;
 * every other read keeps its variable or count in the key.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { compileInkFile } from "../../src/story-build/compile.js";
import { analyse } from "../../src/verify/analysis.js";
import { loadStory, verifyStory } from "../../src/verify/index.js";

const dir = mkdtempSync(join(tmpdir(), "fc-text-only-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function compile(source: string): string {
  const file = join(dir, `s${n++}.ink`);
  writeFileSync(file, source);
  const r = compileInkFile(file);
  if (!r.json) throw new Error(`does not compile: ${JSON.stringify(r.diagnostics)}`);
  return r.json;
}

/** Globals that some node reads as control, and globals read only as text. */
function classify(source: string) {
  const a = analyse(loadStory(compile(source)));
  const control = new Set<string>();
  for (const s of a.globalReads) for (const g of s) control.add(g);
  return { control, textOnly: new Set(a.textOnly.globals), analysis: a };
}

const HEAD = `VAR armed = false
VAR trust = 0
VAR seen = false
-> start
`;

describe("classifying reads", () => {
  test("a variable that guards a choice stays in the key", () => {
    const r = classify(`${HEAD}
=== start ===
* [Arm]
  ~ armed = true
* [Wait]
- -> scene
=== scene ===
* {armed} [Fire] Bang. # ending: fired
  -> END
* [Leave] Gone. # ending: left
  -> END
`);
    expect(r.control.has("armed")).toBe(true);
    expect(r.textOnly.has("armed")).toBe(false);
  });

  test("a read in a recap's conditional text, a printed value and a switch are text-only", () => {
    const r = classify(`${HEAD}
=== start ===
* [Arm]
  ~ armed = true
* [Wait]
- ~ trust = 2
-> recap
=== recap ===
{armed: She holds the rifle.|She holds nothing.} # recap
Trust: {trust}.
{trust:
  - 1: A little.
  - 2: A lot.{&Really.|Truly.}
}
{
  - seen && trust > 1: Both.
  - else: Neither.
}
The end. # ending: done
-> END
`);
    expect([...r.textOnly].sort()).toEqual(["armed", "seen", "trust"]);
    expect(r.control.size).toBe(0);
  });

  test("a conditional branch that assigns, diverts, offers a choice or ends is control", () => {
    const assigns = classify(`${HEAD}
=== start ===
{armed:
  She holds the rifle.
  ~ trust = 1
}
-> finish
=== finish ===
* {trust > 0} [Trust her] Trusted. # ending: a
  -> END
* [Go] Gone. # ending: b
  -> END
`);
    // (An assignment to a global that only text reads would be text: see "text-only copies".)
    expect(assigns.control.has("armed")).toBe(true);
    const diverts = classify(`${HEAD}
=== start ===
{armed: She holds the rifle. -> other}
Nothing. # ending: a
-> END
=== other ===
Other. # ending: b
-> END
`);
    expect(diverts.control.has("armed")).toBe(true);
    const chooses = classify(`${HEAD}
=== start ===
{armed:
  * [Shoot] Bang.
    -> finish
}
- (finish) Done. # ending: a
-> END
`);
    expect(chooses.control.has("armed")).toBe(true);
    const ends = classify(`${HEAD}
=== start ===
{armed: Over. -> END}
Done. # ending: a
-> END
`);
    expect(ends.control.has("armed")).toBe(true);
  });

  test("a conditional ending tag is control: which endings are reached depends on it", () => {
    const r = classify(`${HEAD}
=== start ===
* [Arm]
  ~ armed = true
* [Wait]
- The end. {armed:# ending: armed|# ending: unarmed}
-> END
`);
    expect(r.control.has("armed")).toBe(true);
  });

  test("text captured into choice text or a string is control", () => {
    const r = classify(`${HEAD}
=== start ===
* [{armed: Lower the rifle|Raise your hands}] Done. # ending: a
  -> END
`);
    expect(r.control.has("armed")).toBe(true);
  });

  test("a function called for its output: its reads follow its callers", () => {
    const text = classify(`${HEAD}
=== function describe() ===
{armed: a rifle|empty hands}
=== start ===
She has {describe()}. # ending: a
-> END
`);
    expect(text.textOnly.has("armed")).toBe(true);
    expect(text.control.has("armed")).toBe(false);
    // The same kind of function used in a choice's condition: control.
    const guard = classify(`${HEAD}
=== function has_gun() ===
~ return armed
=== start ===
{has_gun(): She holds the rifle.}
* {has_gun()} [Fire] Bang. # ending: a
  -> END
* [Leave] Gone. # ending: b
  -> END
`);
    expect(guard.control.has("armed")).toBe(true);
    // A function that changes a global is never text-only.
    const impure = classify(`${HEAD}
=== function note() ===
~ seen = true
{armed: a rifle|empty hands}
=== start ===
She has {note()}.
* {seen} [Go on] Seen. # ending: a
  -> END
`);
    expect(impure.control.has("armed")).toBe(true);
  });
});

describe("functions that return strings", () => {
  const FIXTURE = "tests/fixtures/verify/string-function.ink";

  test("a string-returning function that is only printed: its reads are text-only", () => {
    const r = compileInkFile(FIXTURE);
    if (!r.json) throw new Error(`does not compile: ${JSON.stringify(r.diagnostics)}`);
    const a = analyse(loadStory(r.json));
    const control = new Set<string>();
    for (const s of a.globalReads) for (const g of s) control.add(g);
    // `taken()` returns "Abara" or "Haddad"; `number(count())` nests two calls.
    expect(control.has("warned")).toBe(false);
    expect(control.has("lost")).toBe(false);
    expect(a.textOnly.globals).toEqual(expect.arrayContaining(["warned", "lost"]));
    // `label()` is compared in a choice's condition: control.
    expect(control.has("door")).toBe(true);
  });

  test("states that differ only in what the printed functions read merge", () => {
    const r = compileInkFile(FIXTURE);
    if (!r.json) throw new Error(`does not compile: ${JSON.stringify(r.diagnostics)}`);
    const reduced = verifyStory(r.json, { runs: 5 });
    const full = verifyStory(r.json, { runs: 5, reductions: false });
    expect(reduced.problems).toEqual([]);
    expect(reduced.endings.map((e) => e.id).sort()).toEqual(["back", "through"]);
    // With `warned` and `lost` in the key (as when a string return counted as
    // control) the two ways past the warning stay apart: 11 states.
    expect(reduced.exploration.states).toBeLessThan(full.exploration.states);
    expect(reduced.exploration.states).toBe(7);
  });
});

describe("text-only copies", () => {
  const FIXTURE = "tests/fixtures/verify/text-copy.ink";

  test("a global copied only into globals that text reads is text-only; a copy a choice tests is control", () => {
    const r = compileInkFile(FIXTURE);
    if (!r.json) throw new Error(`does not compile: ${JSON.stringify(r.diagnostics)}`);
    const a = analyse(loadStory(r.json));
    const control = new Set<string>();
    for (const s of a.globalReads) for (const g of s) control.add(g);
    // warned -> w_copy -> w_last, and warned -> w_band by a conditional: text all the way.
    for (const g of ["warned", "w_copy", "w_band", "w_last"]) expect(control.has(g)).toBe(false);
    // armed -> a_copy, which guards a choice.
    expect(control.has("a_copy")).toBe(true);
    expect(control.has("armed")).toBe(true);
  });

  test("states that differ only in a fact copied for the text merge; the report is the unreduced one's", () => {
    const r = compileInkFile(FIXTURE);
    if (!r.json) throw new Error(`does not compile: ${JSON.stringify(r.diagnostics)}`);
    const reduced = verifyStory(r.json, { runs: 5 });
    const full = verifyStory(r.json, { runs: 5, reductions: false });
    expect(reduced.problems).toEqual([]);
    expect(reduced.endings.map((e) => e.id).sort()).toEqual(["fired", "waited"]);
    expect(full.endings.map((e) => e.id).sort()).toEqual(["fired", "waited"]);
    expect(reduced.coverage).toEqual(full.coverage);
    // With `warned` kept in the key from the first choice on (its copies read
    // as control), the two ways past the warning stay apart: 13 states.
    expect(reduced.exploration.states).toBe(9);
  });
});

describe("exploring with text-only reads merged", () => {
  const carried = (k: number) => {
    const vars = Array.from({ length: k }, (_, i) => `VAR f${i} = false`).join("\n");
    const scenes = Array.from(
      { length: k },
      (_, i) => `=== s${i} ===
* [Yes ${i}]
  ~ f${i} = true
* [No ${i}]
- -> ${i + 1 < k ? `s${i + 1}` : "recap"}
`,
    ).join("\n");
    const recap = Array.from({ length: k }, (_, i) => `{f${i}: Flag ${i} set.|Flag ${i} clear.} # recap`).join("\n");
    return `${vars}
VAR armed = false
-> s0
${scenes}
=== recap ===
${recap}
* [Arm]
  ~ armed = true
* [Wait]
- -> finale
=== finale ===
{armed: -> dead}
The end. # ending: done
-> END
=== dead ===
She holds the rifle.
-> END
`;
  };

  test("carried flags read only by a recap do not multiply the states, and the dead end behind a control read is found", () => {
    const report = verifyStory(compile(carried(8)), { runs: 20 });
    // Without merging, 2^8 routes would reach the recap as distinct states.
    expect(report.exploration.states).toBeLessThan(40);
    expect(report.exploration.complete).toBe(true);
    expect(report.problems.map((p) => p.kind)).toEqual(["dead-end"]);
    expect(report.endings.map((e) => e.id)).toEqual(["done"]);
    // Random runs are real playthroughs: the words still vary with the flags.
    expect(report.wordsPerRun.runs).toBe(20);
    expect(report.wordsPerRun.min).toBeGreaterThan(20);
  });

  test("an ending tag followed by a text-only coda line is still a declared end", () => {
    const report = verifyStory(
      compile(`${HEAD}
=== start ===
* [Arm]
  ~ armed = true
* [Wait]
- The end. # ending: done
{armed: She lowers the rifle.}
-> END
`),
      { runs: 10 },
    );
    expect(report.problems).toEqual([]);
  });
});
