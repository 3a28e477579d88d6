/** The screens beside the story, built from data and drawn by both renderers with fake streams. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { type AppDeps, runTitle } from "../../src/app/app.js";
import type { PlayerProfile } from "../../src/app/profile.js";
import { endingsScreen, formatWhen } from "../../src/app/screens/endings.js";
import type { StoryProfile } from "../../src/saves/settings.js";
import { PlainRenderer } from "../../src/ui/plain.js";
import { RichRenderer } from "../../src/ui/rich.js";
import { makePalette } from "../../src/ui/style.js";

const ENDINGS = {
  ending_home: { title: "Home Before Dark", hint: null },
  ending_lamp: { title: "The Great Lamp", hint: "Someone has to climb the stair." },
  ending_dark: { title: "A Dark Tower", hint: null },
};
const FOUND_AT = "2026-12-05T13:02:00.000Z";
const STARTED = "2026-12-05T12:40:00.000Z";
const profile = (...ids: string[]): StoryProfile => ({
  endings: Object.fromEntries(ids.map((id) => [id, { at: FOUND_AT, playthrough: "p1", started: STARTED }])),
});

function plain(inputText: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.on("data", (d) => {
    written += d.toString();
  });
  const r = new PlainRenderer({ input, output }, { width: 0 });
  input.end(inputText);
  return { r, out: () => written };
}

function rich() {
  // enquirer reads keys only from a terminal: this fake one has raw mode as a no-op.
  const input = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { columns: 60, rows: 200 });
  let written = "";
  output.on("data", (d) => {
    written += d.toString();
  });
  const r = new RichRenderer({ input, output }, { palette: makePalette(0) });
  return { r, input, out: () => written };
}

describe("the Endings screen", () => {
  it("counts the endings found, titles the found ones with when and where, and hints at the rest", () => {
    const screen = endingsScreen(ENDINGS, profile("ending_dark"));
    expect(screen.summary).toBe("1 of 3 endings found");
    expect(screen.sections.map((s) => s.heading)).toEqual(["Found", "Not found yet"]);
    expect(screen.sections[0]?.items).toEqual([
      {
        text: "A Dark Tower",
        detail: `found ${formatWhen(FOUND_AT)}, in the playthrough begun ${formatWhen(STARTED)}`,
        state: "found",
      },
    ]);
    const hidden = screen.sections[1]?.items.map((i) => i.text);
    expect(hidden).toEqual(["An ending not yet found.", "Someone has to climb the stair."]);
    expect(JSON.stringify(screen)).not.toContain("Home Before Dark");
    expect(JSON.stringify(screen)).not.toContain("The Great Lamp");
  });

  it("ignores endings the story no longer has, and says when an ending was found before dates were kept", () => {
    const screen = endingsScreen(ENDINGS, {
      endings: {
        ending_gone: { at: FOUND_AT, playthrough: null, started: null },
        ending_home: { at: null, playthrough: null, started: null },
      },
    });
    expect(screen.summary).toBe("1 of 3 endings found");
    expect(screen.sections[0]?.items[0]).toMatchObject({
      text: "Home Before Dark",
      detail: "found before dates were kept",
    });
  });

  it("formats a moment as date and minutes", () => {
    expect(formatWhen(FOUND_AT)).toMatch(/^2026-12-0[45] \d\d:\d\d$/);
    expect(formatWhen("not a date")).toBe("not a date");
  });
});

describe("screens in the plain renderer", () => {
  it("are numbered lines with [x] and [ ] marks, no escape codes, left with 0", async () => {
    const { r, out } = plain("0\n");
    await r.showScreen(endingsScreen(ENDINGS, profile("ending_lamp")));
    const text = out();
    expect(text).toContain("== Endings ==\n1 of 3 endings found\n");
    expect(text).toContain("Found:\n1) [x] The Great Lamp\n       found ");
    expect(text).toContain("Not found yet:\n2) [ ] An ending not yet found.\n3) [ ] An ending not yet found.\n");
    expect(text).toContain("1) Back\n> ");
    expect(text).not.toContain("\u001b");
  });

  it("are left at the end of input too", async () => {
    const { r, out } = plain("");
    await r.showScreen({ title: "Nothing", sections: [], empty: "Nothing to list." });
    expect(out()).toContain("Nothing to list.");
  });

  it("indent a tree's deeper items", async () => {
    const { r, out } = plain("back\n");
    await r.showScreen({
      title: "Tree",
      sections: [{ heading: "Top", items: [{ text: "root" }, { text: "leaf", depth: 1, state: "found" }] }],
    });
    expect(out()).toContain("1) root\n  2) [x] leaf\n");
  });
});

describe("screens in the rich renderer", () => {
  it("draw a card with found endings ticked and the rest dimmed, left with Enter on Back", async () => {
    const { r, input, out } = rich();
    const shown = r.showScreen(endingsScreen(ENDINGS, profile("ending_home", "ending_lamp")));
    await new Promise((res) => setTimeout(res, 100));
    input.write("\r");
    await shown;
    const text = out();
    expect(text).toContain("ENDINGS");
    expect(text).toContain("2 of 3 endings found");
    expect(text).toContain("✓ Home Before Dark");
    expect(text).toContain("✓ The Great Lamp");
    expect(text).toContain("· An ending not yet found.");
    expect(text).not.toContain("A Dark Tower");
    r.close();
  });
});

describe("the title screen", () => {
  function deps(r: AppDeps["renderer"], story: StoryProfile, recorded: string[] = []): AppDeps {
    const playerProfile: PlayerProfile = {
      read: async () => story,
      recordEnding: async (id) => {
        recorded.push(id);
        return true;
      },
    };
    return {
      renderer: r,
      story: () => {
        throw new Error("the story is not loaded by the title screen's screens");
      },
      title: "Lantern Watch",
      subtitle: "a test",
      saves: null,
      profile: playerProfile,
      endings: ENDINGS,
    };
  }

  it("offers Endings, which opens the screen and comes back to the title", async () => {
    const { r, out } = plain("endings\n0\nquit\n");
    expect(await runTitle(deps(r, profile("ending_home")))).toBe("done");
    const text = out();
    expect(text).toMatch(/\d\) Endings\n/);
    expect(text).toContain("1 of 3 endings found");
    expect(text.split("LANTERN WATCH").length).toBe(3);
  });

  it("offers no Endings entry for a story that names no endings", async () => {
    const { r, out } = plain("quit\n");
    await runTitle({ ...deps(r, profile()), endings: {} });
    expect(out()).not.toContain("Endings");
  });

  it("tells the player when the profile cannot be read, and carries on", async () => {
    const { r, out } = plain("endings\nquit\n");
    const d = deps(r, profile());
    d.profile = {
      read: async () => {
        throw new Error("profile.json is a symbolic link");
      },
      recordEnding: async () => false,
    };
    expect(await runTitle(d)).toBe("done");
    expect(out()).toContain("Error: Your profile could not be read: profile.json is a symbolic link");
  });
});
