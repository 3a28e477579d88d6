/** The rich renderer's text, driven with fake streams: ending cards, and nothing wider than a narrow terminal. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { makePalette } from "../../src/ui/palette.js";
import { RichRenderer } from "../../src/ui/rich.js";
import { loadWrapping, titleCard } from "../../src/ui/style.js";
import { richOnFakeTerminal } from "../support/terminal.js";

function harness(columns: number) {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), { columns, rows: 200 });
  let written = "";
  output.on("data", (d) => {
    written += d.toString();
  });
  const r = new RichRenderer({ input, output }, { palette: makePalette(0) });
  return { r, out: () => written };
}

const ESC = "\u001b";

/** The rich renderer on a fake terminal, and a way to press keys on it one after another. */
function keyed() {
  const { r, input, out } = richOnFakeTerminal(60);
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      await new Promise((res) => setTimeout(res, 60));
      input.write(k);
      // A lone Escape is told from the start of an arrow key's sequence only after a pause.
      if (k === ESC) await new Promise((res) => setTimeout(res, 600));
    }
  };
  return { r, press, out };
}

describe("rich renderer", () => {
  it("Escape in a menu picks its Back or Cancel entry, whatever its value, and does nothing in a menu without one", async () => {
    const back = keyed();
    const left = back.r.menu("Load which game?", [
      { value: "mine", label: "mine" },
      { value: "", label: "Back", back: true },
    ]);
    await back.press(ESC);
    expect(await left).toBe("");
    const cancel = keyed();
    const format = cancel.r.menu("Export the transcript as", [
      { value: "txt", label: "Plain text" },
      { value: "cancel", label: "Cancel", back: true },
    ]);
    await cancel.press("\u001b[A", ESC);
    expect(await format).toBe("cancel");
    const none = keyed();
    const title = none.r.menu("Your choice", [
      { value: "new", label: "New game" },
      { value: "quit", label: "Quit" },
    ]);
    await none.press("\u001b[B", ESC, "\r");
    expect(await title).toBe("quit");
    for (const h of [back, cancel, none]) h.r.close();
  });

  it("titles the ending card from the story's table, never showing the ending's id", async () => {
    const { r, out } = harness(80);
    r.useEndings({ ending_sickbay_taken: { title: "The Doctor Stays", hint: null } });
    await r.showLines([{ text: "It is over.", tags: ["ending: ending_sickbay_taken"] }]);
    expect(out()).toContain("THE END\nThe Doctor Stays\n");
    expect(out()).not.toContain("sickbay");
    const bare = harness(80);
    await bare.r.showLines([{ text: "It is over.", tags: ["ending: ending_unnamed"] }]);
    expect(bare.out()).toContain("THE END\n");
    expect(bare.out()).not.toContain("unnamed");
  });

  it("keeps the title card, chapters, scenes and cards within 20 columns, words whole", async () => {
    await loadWrapping();
    const { r, out } = harness(20);
    r.showTitle(
      "First Contact",
      "The Borg have followed the Enterprise back\nto April 2063. An unofficial Star Trek fan work.",
    );
    r.useEndings({ ending_x: { title: "A Title Long Enough To Need Two Lines", hint: null } });
    await r.showLines([
      {
        text: "Deck sixteen.",
        tags: ["chapter: Chapter One — Triage", "scene: USS Enterprise, the Romulan Neutral Zone"],
      },
      { text: "It is over.", tags: ["ending: ending_x"] },
      { text: "Later.", tags: ["placeholder: Chapter Three, not written yet"] },
    ]);
    for (const line of out().split("\n")) expect(line.length, line).toBeLessThanOrEqual(20);
    for (const word of ["Enterprise", "Neutral", "unofficial", "Romulan", "written"]) expect(out()).toContain(word);
  });

  it("shows a menu's choices on a terminal that reports no size (0 rows, 0 columns)", async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => input });
    const output = Object.assign(new PassThrough(), { columns: 0, rows: 0, getWindowSize: () => [0, 0] });
    let written = "";
    output.on("data", (d) => {
      written += d.toString();
    });
    const r = new RichRenderer({ input, output }, { palette: makePalette(0) });
    const picked = r.menu("Your choice", [
      { value: "new", label: "New game" },
      { value: "quit", label: "Quit" },
    ]);
    await new Promise((res) => setTimeout(res, 60));
    expect(written).toContain("New game");
    expect(written).toContain("Quit");
    expect(written).not.toContain("No matching choices");
    input.write("2");
    input.write("\r");
    expect(await picked).toBe("quit");
    r.close();
  });

  it("spaces the title out only when it fits", () => {
    const p = makePalette(0);
    expect(titleCard(p, "Night Shift", "a short one", 30)).toContain(" N I G H T   S H I F T\n");
    const narrow = titleCard(p, "Night Shift", "a short one", 20);
    expect(narrow).toContain("\nNIGHT SHIFT\n");
    expect(narrow.split("\n").every((l) => l.length <= 20)).toBe(true);
  });
});
