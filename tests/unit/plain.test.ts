import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Choice } from "../../src/engine/index.js";
import { PlainRenderer } from "../../src/ui/plain.js";

function harness(inputText: string | null, width = 0) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.on("data", (d) => {
    written += d.toString();
  });
  const r = new PlainRenderer({ input, output }, { width });
  if (inputText !== null) input.end(inputText);
  return { r, input, out: () => written };
}

const choices = (n: number): Choice[] =>
  Array.from({ length: n }, (_, i) => ({ index: i, text: `Option ${i + 1}`, tags: [], target: `k.${i}` }));

describe("plain renderer", () => {
  it("numbers choices from 1 and returns the picked index", async () => {
    const { r, out } = harness("2\n");
    expect(await r.ask(choices(3))).toEqual({ kind: "choice", index: 1 });
    expect(out()).toContain("1) Option 1\n2) Option 2\n3) Option 3\n> ");
  });

  it("re-asks with a hint on letters, 0, 999, negatives, empty and very long lines", async () => {
    const long = "x".repeat(100_000);
    const { r, out } = harness(`abc\n0\n999\n-1\n\n${long}\n${"7".repeat(4000)}\n\u001b[A\n3\n`);
    expect(await r.ask(choices(3))).toEqual({ kind: "choice", index: 2 });
    const text = out();
    expect(text).toContain('"abc" is not a choice. Type a number from 1 to 3, or "help".');
    expect(text).toContain("There is no choice 0.");
    expect(text).toContain("There is no choice 999.");
    expect(text).toContain('"-1" is not a choice.');
    expect(text).toContain('Type a number from 1 to 3, or "help".');
    expect(text).toContain("That line is too long (over 4096 characters); it was ignored.");
    expect(text).toContain("There is no choice with that number.");
    expect(text.length).toBeLessThan(5000);
    expect(text).not.toContain("\u001b");
  });

  it('words a list of one naturally: never "from 1 to 1"', async () => {
    const one = harness("5\n1\n");
    expect(await one.r.ask(choices(1))).toEqual({ kind: "choice", index: 0 });
    expect(one.out()).toContain("There is no choice 5. Type 1.\n");
    const menu = harness("5\n0\n");
    expect(await menu.r.menu("Pick", [{ value: "x", label: "Only" }])).toBeNull();
    expect(menu.out()).toContain("Type 1, or 0 to go back.\n");
    expect(one.out() + menu.out()).not.toContain("1 to 1");
  });

  it("takes choices numbered 10 and above", async () => {
    const { r } = harness("12\n");
    expect(await r.ask(choices(14))).toEqual({ kind: "choice", index: 11 });
  });

  it("reads a flood of lines in order, pausing its input while lines wait", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const r = new PlainRenderer({ input, output }, { width: 0 });
    input.write("9\n".repeat(5000));
    expect(input.isPaused()).toBe(true);
    input.end("1\n");
    for (let i = 0; i < 5000; i++) await r.prompt("?");
    expect(await r.prompt("?")).toBe("1");
    expect(await r.prompt("?")).toBeNull();
  });

  it("wraps lists and their hints within the width, hints on a line of their own", async () => {
    const { r, out } = harness("1\n", 20);
    await r.menu("Load which game?", [
      {
        value: "a",
        label: "Autosave: Prologue — The Hum, turn 1",
        hint: "First Contact · USS Enterprise, the Romulan Neutral Zone",
      },
    ]);
    const lines = out().split("\n");
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(20);
    expect(lines).toContain("   First Contact ·");
    expect(out()).not.toContain("(");
  });

  it("leaves a list on 0, an empty line or 'back'", async () => {
    const { r } = harness("0\n\nback\n2\n");
    const options = [
      { value: "a", label: "A" },
      { value: "b", label: "B" },
    ];
    expect(await r.menu("Menu", options)).toBeNull();
    expect(await r.menu("Menu", options)).toBeNull();
    expect(await r.menu("Menu", options)).toBeNull();
    expect(await r.menu("Menu", options)).toBe("b");
  });

  it("reports end of input instead of hanging", async () => {
    const { r } = harness("");
    expect(await r.ask(choices(2))).toEqual({ kind: "eof" });
    expect(await r.menu("Menu", [{ value: "a", label: "A" }])).toBeNull();
  });

  it("understands commands at the prompt", async () => {
    const { r } = harness("undo 3\nsave ship-log\nquit\nhelp\n1\n");
    expect(await r.ask(choices(2))).toEqual({ kind: "command", command: { name: "undo", steps: 3 } });
    expect(await r.ask(choices(2))).toEqual({ kind: "command", command: { name: "save", slot: "ship-log" } });
    expect(await r.ask(choices(2))).toEqual({ kind: "command", command: { name: "quit" } });
    expect(await r.ask(choices(2))).toEqual({ kind: "choice", index: 0 });
  });

  it("shows tags as plain text and never writes escape codes", async () => {
    const { r, out } = harness(null);
    await r.showLines([
      { text: "Deck sixteen.", tags: ["chapter: One", "scene: Sickbay"] },
      { text: "Hold still.", tags: ["speaker: Crusher"] },
      { text: "It is over.", tags: ["ending: ending_test"] },
    ]);
    expect(out()).toBe("\n== One ==\n\n[Sickbay]\nDeck sixteen.\n\nHold still.\n\nIt is over.\n\n\n== THE END ==\n");
  });

  it("titles an ending from the story's table, or from the tag that opened its knot", async () => {
    const { r, out } = harness(null);
    r.useEndings({ ending_test: { title: "The Long Watch", hint: null } });
    await r.showLines([{ text: "It is over.", tags: ["ending: ending_test"] }]);
    expect(out()).toContain("== THE END: The Long Watch ==");
    const other = harness(null);
    await other.r.showLines([
      { text: "The lights come up.", tags: ["ending-title: Curtain", "ending-hint: later"] },
      { text: "Done.", tags: ["ending: ending_curtain"] },
    ]);
    expect(other.out()).toContain("== THE END: Curtain ==");
    expect(other.out()).not.toContain("ending_curtain");
  });

  it("wraps at the given width without cutting words, counting wide characters", async () => {
    const { r, out } = harness(null, 20);
    await r.showLines([
      { text: "The heat on Deck sixteen rises 日本語の文字 by the minute, and the air tastes of metal.", tags: [] },
    ]);
    for (const line of out().trimEnd().split("\n")) {
      expect([...line].reduce((w, ch) => w + (/[\u3000-\u9fff]/.test(ch) ? 2 : 1), 0)).toBeLessThanOrEqual(20);
    }
    const source = "The heat on Deck sixteen rises 日本語の文字 by the minute, and the air tastes of metal.";
    expect(out().trim().split(/\s+/)).toEqual(source.split(" "));
  });
});
