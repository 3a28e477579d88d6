/** The screens beside the story, built from data and drawn by both renderers with fake streams. */
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { type AppDeps, runTitle } from "../../src/app/app.js";
import { presentationOf } from "../../src/app/presentation.js";
import { chaptersReached, type PlayerProfile } from "../../src/app/profile.js";
import { chapterOptions, startChapter } from "../../src/app/screens/chapters.js";
import { endingsScreen, formatWhen } from "../../src/app/screens/endings.js";
import { pathsScreen } from "../../src/app/screens/paths.js";
import { pickRewind, recentChoices } from "../../src/app/screens/rewind.js";
import { runSettings, type SettingsAccess } from "../../src/app/screens/settings.js";
import { STATUS, storySoFarScreen } from "../../src/app/screens/story-so-far.js";
import { Session } from "../../src/log/session.js";
import type { LogEvent, PlaythroughLog } from "../../src/log/types.js";
import { DEFAULT_SETTINGS, type Settings, type StoryProfile } from "../../src/saves/settings.js";
import { choiceMap } from "../../src/story-build/choices.js";
import { stripEscapes } from "../../src/text/control.js";
import { PlainRenderer } from "../../src/ui/plain.js";
import { loadWrapping } from "../../src/ui/style.js";
import { compileFixture, fixturesDir } from "../support/compile.js";
import { richOnFakeTerminal } from "../support/terminal.js";

const ENDINGS = {
  ending_home: { title: "Home Before Dark", hint: null },
  ending_lamp: { title: "The Great Lamp", hint: "Someone has to climb the stair." },
  ending_dark: { title: "A Dark Tower", hint: null },
};
const FOUND_AT = "2026-12-05T13:02:00.000Z";
const STARTED = "2026-12-05T12:40:00.000Z";
const profile = (...ids: string[]): StoryProfile => ({
  endings: Object.fromEntries(ids.map((id) => [id, { at: FOUND_AT, playthrough: "p1", started: STARTED }])),
  seen: [],
  lines: [],
  chapters: {},
});

function plain(inputText: string, tty = false) {
  const input = Object.assign(new PassThrough(), { isTTY: tty });
  const output = Object.assign(new PassThrough(), { rows: 12 });
  let written = "";
  output.on("data", (d) => {
    written += d.toString();
  });
  const r = new PlainRenderer({ input, output }, { width: 0 });
  input.end(inputText);
  return { r, out: () => written };
}

function rich() {
  return richOnFakeTerminal(60);
}

/**
 * How long `show` takes, measured on a fake clock that runs every timer as it
 * falls due: pacing would otherwise wait real seconds. The wrapping module the
 * renderers load on first use is loaded first, on the real clock (an import
 * is not a timer; a fake clock cannot hurry it).
 */
async function onFakeClock(show: () => Promise<void>): Promise<number> {
  await loadWrapping();
  vi.useFakeTimers();
  try {
    const start = Date.now();
    let end: number | null = null;
    const shown = show().then(() => {
      end = Date.now();
    });
    await vi.advanceTimersByTimeAsync(10_000);
    await shown;
    return (end ?? Number.POSITIVE_INFINITY) - start;
  } finally {
    vi.useRealTimers();
  }
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
      seen: [],
      lines: [],
      chapters: {},
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
  it("are unnumbered lines with [x] and [ ] marks, no escape codes, left with Enter or 0", async () => {
    const { r, out } = plain("0\n");
    await r.showScreen(endingsScreen(ENDINGS, profile("ending_lamp")));
    const text = out();
    expect(text).toContain("== Endings ==\n1 of 3 endings found\n");
    expect(text).toContain("Found:\n[x] The Great Lamp\n    found ");
    expect(text).toContain("Not found yet:\n[ ] An ending not yet found.\n[ ] An ending not yet found.\n");
    // Information is not an option: no row is numbered, and leaving needs no number.
    expect(text).not.toMatch(/^\s*\d+\) /m);
    expect(text).toContain("\nPress Enter to go back.\n> ");
    expect(text).not.toContain("1 to 1");
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
    expect(out()).toContain("- root\n  [x] leaf\n");
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
      chapters: async () => story.chapters,
      recordEnding: async (id) => {
        recorded.push(id);
        return true;
      },
      recordSeen: async () => 0,
      recordChapters: async () => {},
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
      chapters: async () => {
        throw new Error("profile.json is a symbolic link");
      },
      recordEnding: async () => false,
      recordSeen: async () => 0,
      recordChapters: async () => {},
    };
    expect(await runTitle(d)).toBe("done");
    expect(out()).toContain("Error: Your profile could not be read: profile.json is a symbolic link");
  });
});

describe("settings in force", () => {
  const term = { env: {}, isTTY: true, columns: 100 };
  it("a flag overrides a setting for the run; auto follows the terminal, or leaves piped plain text unwrapped", () => {
    const stored: Settings = { ...DEFAULT_SETTINGS, width: 60, colour: "off", pacing: "slow", paging: "off" };
    expect(presentationOf(stored, {}, term, "rich")).toEqual({
      width: 60,
      colourLevel: 0,
      pacing: "slow",
      paging: false,
      skipSeen: true,
    });
    expect(
      presentationOf(stored, { width: 50, color: true, pacing: "off", paging: "on", skipSeen: "off" }, term, "rich"),
    ).toEqual({
      width: 50,
      colourLevel: 2,
      pacing: "off",
      paging: true,
      skipSeen: false,
    });
    // Skipping read text is on by default in the rich renderer, off in plain mode; a setting or a flag decides otherwise.
    expect(presentationOf(DEFAULT_SETTINGS, {}, term, "plain").skipSeen).toBe(false);
    expect(presentationOf({ ...DEFAULT_SETTINGS, skipSeen: "on" }, {}, term, "plain").skipSeen).toBe(true);
    expect(presentationOf({ ...DEFAULT_SETTINGS, skipSeen: "off" }, {}, term, "rich").skipSeen).toBe(false);
    expect(presentationOf({ ...DEFAULT_SETTINGS, skipSeen: "off" }, { skipSeen: "on" }, term, "plain").skipSeen).toBe(
      true,
    );
    expect(presentationOf(DEFAULT_SETTINGS, {}, term, "rich").width).toBeUndefined();
    expect(presentationOf(DEFAULT_SETTINGS, {}, term, "plain").width).toBe(78);
    expect(presentationOf(DEFAULT_SETTINGS, {}, { ...term, isTTY: false }, "plain").width).toBe(0);
    expect(presentationOf({ ...DEFAULT_SETTINGS, colour: "on" }, { noColor: true }, term, "rich").colourLevel).toBe(0);
    expect(presentationOf(DEFAULT_SETTINGS, {}, { ...term, env: { NO_COLOR: "1" } }, "rich").colourLevel).toBe(0);
  });

  it("the plain renderer wraps at the width given, and pages only for a player at a keyboard", async () => {
    const lines = Array.from({ length: 12 }, (_, i) => ({
      text: `Line ${i + 1} of a long stretch of story text.`,
      tags: [],
    }));
    const piped = plain("");
    piped.r.present({ width: 20, colourLevel: 0, pacing: "off", paging: true, skipSeen: false });
    await piped.r.showLines(lines);
    expect(piped.out()).not.toContain("more");
    for (const l of piped.out().split("\n")) expect(l.length).toBeLessThanOrEqual(20);

    const typed = plain("\n\n\n", true);
    typed.r.present({ width: 0, colourLevel: 0, pacing: "off", paging: true, skipSeen: false });
    await typed.r.showLines(lines);
    expect(typed.out()).toContain("-- more: press Enter --");
    const unpaged = plain("", true);
    unpaged.r.present({ width: 0, colourLevel: 0, pacing: "off", paging: false, skipSeen: false });
    await unpaged.r.showLines(lines);
    expect(unpaged.out()).not.toContain("more");
  });

  it("pacing waits between paragraphs in plain mode, and types text out in the rich renderer", async () => {
    const lines = [
      { text: "One.", tags: [] },
      { text: "Two.", tags: [] },
      { text: "Three.", tags: [] },
    ];
    const p = plain("");
    p.r.present({ width: 0, colourLevel: 0, pacing: "slow", paging: false, skipSeen: false });
    expect(await onFakeClock(() => p.r.showLines(lines))).toBeGreaterThanOrEqual(1400);
    expect(await onFakeClock(() => p.r.showLines(lines, { seen: true }))).toBeLessThan(200);

    const { r, out } = rich();
    r.present({ width: undefined, colourLevel: 0, pacing: "slow", paging: true, skipSeen: false });
    const sentence = [{ text: "A sentence of forty characters, or so.", tags: [] }];
    expect(await onFakeClock(() => r.showLines(sentence))).toBeGreaterThanOrEqual(500);
    expect(out()).toContain("A sentence of forty characters, or so.");
    r.close();
  });
});

describe("skipping text read before", () => {
  const lines = [
    { text: "Read before, once.", tags: [] },
    { text: "Read before, twice.", tags: [] },
    { text: "Never read.", tags: [] },
  ];
  const on = { width: 0, colourLevel: 1, pacing: "slow", paging: true, skipSeen: true } as const;

  it("plain mode: the lines read before pass without a pause or a page; the first new one is paced as usual", async () => {
    const p = plain("", true);
    p.r.present(on);
    const skipped = await onFakeClock(() => p.r.showLines(lines, { skip: 2 }));
    expect(skipped).toBeGreaterThanOrEqual(450);
    expect(skipped).toBeLessThan(1000);
    expect(p.out()).toBe("Read before, once.\n\nRead before, twice.\n\nNever read.\n\n");
    // Off (plain mode's default), the same lines are each paced.
    const off = plain("", true);
    off.r.present({ ...on, skipSeen: false });
    expect(await onFakeClock(() => off.r.showLines(lines, { skip: 2 }))).toBeGreaterThanOrEqual(1400);
  });

  it("plain mode: a long stretch read before is not paged, and does not count towards the next page", async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ text: `Old line ${i + 1}.`, tags: [] }));
    const p = plain("\n", true);
    p.r.present({ ...on, pacing: "off" });
    await p.r.showLines([...many, { text: "New line.", tags: [] }], { skip: 30 });
    expect(p.out()).not.toContain("more");
    const paged = plain("\n\n\n\n", true);
    paged.r.present({ ...on, pacing: "off", skipSeen: false });
    await paged.r.showLines([...many, { text: "New line.", tags: [] }], { skip: 30 });
    expect(paged.out()).toContain("-- more: press Enter --");
  });

  it("the rich renderer dims the lines read before and types out only the new one", async () => {
    const { r, out } = rich();
    r.present({ ...on, width: undefined });
    const took = await onFakeClock(() => r.showLines(lines, { skip: 2 }));
    expect(took).toBeGreaterThanOrEqual(150);
    expect(took).toBeLessThan(600);
    const text = out();
    expect(text).toContain("\u001b[2mRead before, once.");
    expect(text).toContain("\u001b[2mRead before, twice.");
    expect(text).not.toContain("\u001b[2mNever read.");
    expect(stripEscapes(text)).toContain("Never read.");
    // Off, nothing is dimmed.
    const plainRich = rich();
    plainRich.r.present({ ...on, width: undefined, pacing: "off", skipSeen: false });
    await plainRich.r.showLines(lines, { skip: 2 });
    expect(plainRich.out()).not.toContain("\u001b[2mRead before");
    r.close();
    plainRich.r.close();
  });
});

describe("the Settings screen", () => {
  function access(start: Settings = { ...DEFAULT_SETTINGS }) {
    let stored = start;
    const patches: Partial<Settings>[] = [];
    const a: SettingsAccess = {
      settings: async () => stored,
      update: async (patch) => {
        patches.push(patch);
        stored = { ...stored, ...patch };
        return stored;
      },
    };
    return { a, patches, now: () => stored };
  }

  it("lists each setting with its value, stores a change and puts it in force at once", async () => {
    const { r, out } = plain("Text width: auto (follows the terminal)\nAnother width…\nwide\n1\n6\n64\n4\n2\n0\n");
    const { a, patches } = access();
    const applied: Settings[] = [];
    await runSettings(r, a, (s) => applied.push(s), ["paging"]);
    expect(patches).toEqual([{ width: 64 }, { paging: "off" }]);
    expect(applied.map((s) => [s.width, s.paging])).toEqual([
      [64, "on"],
      [64, "off"],
    ]);
    const text = out();
    expect(text).toContain("1) Text width: auto (follows the terminal)\n");
    expect(text).toContain('"wide" is not a width from 20 to 1000; the width is unchanged.');
    expect(text).toContain("Text width: 64 columns.");
    expect(text).toContain(
      "4) Paging: on (text waits for a key after a screenful)\n   a command-line flag overrides this",
    );
    expect(text).toContain("Paging: off.");
  });

  it("is reached from the title screen, and leaves it with 0", async () => {
    const { r, out } = plain("settings\n0\nquit\n");
    const { a } = access({ ...DEFAULT_SETTINGS, pacing: "fast" });
    expect(
      await runTitle({
        renderer: r,
        story: () => {
          throw new Error("not loaded");
        },
        title: "T",
        subtitle: "s",
        saves: null,
        settings: { access: a, apply: () => {}, overridden: [] },
      }),
    ).toBe("done");
    expect(out()).toContain("3) Typewriter pacing: fast\n");
  });
});

describe("Rewind", () => {
  const at = "2026-12-05T13:00:00.000Z";
  const choose = (turn: number, text: string): LogEvent => ({
    type: "choose",
    turn,
    at,
    choice: { index: 0, text, target: `k.${turn}` },
  });
  const log: PlaythroughLog = {
    format: 1,
    id: "p1",
    storyId: "s",
    storyHash: "h",
    seed: 1,
    startedAt: at,
    events: [
      choose(0, "Trim the wick"),
      choose(1, "Go home early"),
      { type: "meta", action: "undone", toTurn: 1, turn: 1, at },
      choose(1, "Climb to the tower"),
      choose(2, "Light the great lamp"),
    ],
  };

  it("lists the kept choices newest first, never an undone one", () => {
    expect(recentChoices(log)).toEqual([
      { turn: 2, text: "Light the great lamp" },
      { turn: 1, text: "Climb to the tower" },
      { turn: 0, text: "Trim the wick" },
    ]);
  });

  /** A playthrough of `turns` choices, a chapter beginning at turn 0 and at turn 30. */
  const long = (turns: number): PlaythroughLog => ({
    ...log,
    events: Array.from({ length: turns }, (_, t) => [
      ...(t === 0 ? [{ type: "chapter" as const, title: "One — The Shore", turn: 0, at }] : []),
      ...(t === 30 ? [{ type: "chapter" as const, title: "Two — The Tower", turn: 30, at }] : []),
      choose(t, `Choice ${t + 1}`),
    ]).flat(),
  });

  it("marks the first choice of each chapter with the chapter's title", async () => {
    expect(recentChoices(long(45)).filter((c) => c.chapter)).toEqual([
      { turn: 30, text: "Choice 31", chapter: "Two — The Tower" },
      { turn: 0, text: "Choice 1", chapter: "One — The Shore" },
    ]);
    const { r, out } = plain("0\n");
    await pickRewind(r, long(3), 3);
    expect(out()).toContain("3) turn 1 (One — The Shore begins): Choice 1\n");
  });

  it("offers every turn, a page at a time: Earlier choices… goes further back, Later choices… comes forward", async () => {
    // 45 choices: turns 45 to 26, then 25 to 6, then 5 to 1.
    const { r, out } = plain(
      "Earlier choices…\nEarlier choices…\nLater choices…\nEarlier choices…\nturn 2: Choice 2\n",
    );
    expect(await pickRewind(r, long(45), 45)).toBe(44);
    const text = out();
    expect(text).toContain("Go back to just before which choice? (turns 26 to 45 of 45)\n1) turn 45: Choice 45\n");
    expect(text).toContain("20) turn 26: Choice 26\n21) Earlier choices…\n    25 more, back to turn 1\n22) Back\n");
    expect(text).toContain("(turns 6 to 25 of 45)\n1) Later choices…\n");
    expect(text).toContain("(turns 1 to 5 of 45)\n1) Later choices…\n   the 20 after these\n2) turn 5: Choice 5\n");
    expect(text).toContain("6) turn 1 (One — The Shore begins): Choice 1\n7) Back\n");
    expect(text).toContain("turn 31 (Two — The Tower begins): Choice 31");
  });

  it("picking a choice in plain mode gives the turns to undo to stand just before it", async () => {
    const { r, out } = plain("turn 2: Climb to the tower\n");
    expect(await pickRewind(r, log, 3)).toBe(2);
    expect(out()).toContain(
      "1) turn 3: Light the great lamp\n2) turn 2: Climb to the tower\n3) turn 1: Trim the wick\n4) Back\n",
    );
    const back = plain("0\n");
    expect(await pickRewind(back.r, log, 3)).toBeNull();
  });

  it("picking a choice in the rich renderer, with arrow keys and Enter", async () => {
    const { r, input, out } = rich();
    const picked = pickRewind(r, log, 3);
    await new Promise((res) => setTimeout(res, 100));
    input.write("\u001b[B");
    input.write("\u001b[B");
    input.write("\r");
    expect(await picked).toBe(3);
    expect(out()).toContain("turn 1: Trim the wick");
    r.close();
  });
});

describe("Paths", () => {
  const main = join(fixturesDir, "screens", "main.ink");
  const map = choiceMap(compileFixture("screens/main.ink"), main);

  it("the build maps every choice by the path the engine records, grouped by chapter and scene, entry knots left out", () => {
    expect(map).toEqual([
      {
        chapter: "One — The Shore",
        knots: [
          {
            knot: "shore",
            scene: "The shore",
            choices: [
              { path: "shore.0.c-0", label: "Trim the wick" },
              { path: "shore.0.c-1", label: "Walk the sand" },
              { path: "shore.0.g-0.c-2", label: "Climb to the tower" },
              { path: "shore.0.g-0.c-3", label: "Go home early" },
            ],
          },
        ],
        routes: [
          { name: "Climb to the tower", target: "shore.shore_close", via: ["shore.0.g-0.c-2"] },
          { name: "Go home early", target: "ending_home", via: ["shore.0.g-0.c-3"] },
        ],
      },
      {
        chapter: "Two — The Tower",
        knots: [
          {
            knot: "tower",
            scene: "The lamp room",
            choices: [
              { path: "tower.0.c-0", label: "Light the great lamp" },
              { path: "tower.0.c-1", label: "Let it stay dark" },
            ],
          },
        ],
        routes: [
          { name: "Light the great lamp", target: "ending_lamp", via: ["tower.0.c-0"] },
          { name: "Let it stay dark", target: "ending_dark", via: ["tower.0.c-1"] },
        ],
      },
    ]);
  });

  it("counts the choices seen per chapter and scene, names those taken, and only counts the rest", () => {
    const screen = pathsScreen(map, {
      endings: {},
      chapters: {},
      lines: [],
      seen: ["shore.0.c-1", "shore.0.g-0.c-2", "gone.0.c-9"],
    });
    expect(screen.summary).toBe("2 of 6 choices seen in all");
    expect(screen.sections.map((s) => s.heading)).toEqual([
      "One — The Shore: 2 of 4 choices seen; routes: Climb to the tower; 1 not yet taken",
      "Two — The Tower: 0 of 2 choices seen; routes: none taken yet, 2 in all",
    ]);
    expect(screen.sections[0]?.items).toEqual([
      { text: "The shore: 2 of 4", state: "plain" },
      { text: "Walk the sand", state: "found", depth: 1 },
      { text: "Climb to the tower", state: "found", depth: 1 },
      { text: "2 not yet taken", state: "hidden", depth: 1 },
    ]);
    expect(screen.sections[1]?.items).toEqual([{ text: "The lamp room: 0 of 2", state: "hidden" }]);
    expect(JSON.stringify(screen)).not.toContain("Light the great lamp");
  });

  it("titles each group by the story's scene tags, one group per scene, and names routes by their choices' words", () => {
    const ferry = choiceMap(compileFixture("screens/scenes.ink"), join(fixturesDir, "screens", "scenes.ink"));
    // A knot without a scene tag stands in the scene tagged before it; one before any tag keeps its name.
    expect(ferry[0]?.knots.map((k) => [k.knot, k.scene])).toEqual([
      ["pier", null],
      ["deck", "The upper deck"],
      ["deck_rail", "The upper deck"],
      ["deck_bench", "The upper deck"],
      ["hold", "The car hold"],
      ["landing", "The upper deck"],
    ]);
    // Words chosen at run time read as their alternatives.
    expect(ferry[0]?.routes?.map((r) => r.name)).toEqual([
      "Watch the water",
      "Stow away below",
      "Sit with the other passengers/nobody",
    ]);
    const screen = pathsScreen(ferry, {
      endings: {},
      chapters: {},
      lines: [],
      seen: ["deck.0.c-2", "deck_rail.0.c-0", "landing.0.c-0"],
    });
    const groups = screen.sections[0]?.items.filter((i) => !i.depth).map((i) => i.text);
    expect(groups).toEqual(["pier: 0 of 2", "The upper deck: 3 of 8", "The car hold: 0 of 2"]);
    expect(screen.sections[0]?.heading).toBe(
      "One — The Crossing: 3 of 12 choices seen; routes: Watch the water, Sit with the other passengers/nobody; 1 not yet taken",
    );
  });

  it("names the routes taken in a chapter's heading, by the choice that takes one or a choice made inside it", () => {
    const chapter = (seen: string[]) =>
      pathsScreen(
        [
          {
            chapter: "Chapter One",
            knots: [{ knot: "k", scene: null, choices: [{ path: "k.0.c-0", label: "Hold" }] }],
            routes: [
              { name: "hold", target: "k_hold", via: ["k.0.c-0"] },
              { name: "run", target: "k_run", via: ["k.0.c-1"] },
              { name: "stay with the hologram", target: "k.stay", via: ["k.0.c-2"] },
            ],
          },
        ],
        { endings: {}, chapters: {}, lines: [], seen },
      ).sections[0]?.heading;
    expect(chapter([])).toBe("Chapter One: 0 of 1 choice seen; routes: none taken yet, 3 in all");
    expect(chapter(["k.0.c-1"])).toBe("Chapter One: 0 of 1 choice seen; routes: run; 2 not yet taken");
    expect(chapter(["k.0.c-0", "k_run.0.c-4", "k.stay.0.c-1"])).toBe(
      "Chapter One: 1 of 1 choice seen; routes: hold, run, stay with the hologram",
    );
    // A chapter the build found no branching point in has no routes part.
    expect(
      pathsScreen(
        map.map((c) => ({ ...c, routes: [] })),
        profile(),
      ).sections[0]?.heading,
    ).toBe("One — The Shore: 0 of 4 choices seen");
  });

  it("draws a tree: indented marked lines in plain mode, guides in the rich renderer", async () => {
    const screen = pathsScreen(map, { endings: {}, chapters: {}, lines: [], seen: ["shore.0.c-0"] });
    const p = plain("0\n");
    await p.r.showScreen(screen);
    expect(p.out()).toContain(
      "One — The Shore: 1 of 4 choices seen; routes: none taken yet, 2 in all\n- The shore: 1 of 4\n  [x] Trim the wick\n  [ ] 3 not yet taken\n",
    );
    const { r, input, out } = rich();
    const shown = r.showScreen(screen);
    await new Promise((res) => setTimeout(res, 100));
    input.write("\r");
    await shown;
    expect(out()).toContain("  The shore: 1 of 4\n  ├ ✓ Trim the wick\n  ├ · 3 not yet taken\n");
    expect(out().replace(/\s+/g, " ")).toContain(
      "One — The Shore: 1 of 4 choices seen; routes: none taken yet, 2 in all",
    );
    r.close();
  });
});

describe("Chapter select", () => {
  const lantern = { id: "lantern", hash: "h1", json: compileFixture("screens/main.ink") };
  const pick = (s: Session, text: string) => s.choose(s.current.choices.findIndex((c) => c.text === text));

  it("records each chapter reached by playing, with the way there; none reached through an entry preset", () => {
    const s = Session.start(lantern, { seed: 5, id: "p1" });
    pick(s, "Walk the sand");
    pick(s, "Climb to the tower");
    const reached = chaptersReached(s);
    expect(Object.keys(reached)).toEqual(["One — The Shore", "Two — The Tower"]);
    expect(reached["One — The Shore"]?.choices).toEqual([]);
    expect(reached["Two — The Tower"]).toMatchObject({
      seed: 5,
      storyHash: "h1",
      choices: [
        { text: "Walk the sand", target: "shore.0.c-1", offered: 2 },
        { text: "Climb to the tower", target: "shore.0.g-0.c-2", offered: 2 },
      ],
    });
    const preset = Session.start(lantern, { seed: 5, id: "p2", entry: "entry_tower" });
    expect(preset.current.lines.map((l) => l.text)).toContain("The stair turns nine times.");
    expect(chaptersReached(preset)).toEqual({});
  });

  it("starts a chapter as a new playthrough, with the state the player had when they reached it", async () => {
    const s = Session.start(lantern, { seed: 5, id: "p1" });
    pick(s, "Walk the sand");
    pick(s, "Climb to the tower");
    const way = chaptersReached(s)["Two — The Tower"];
    if (!way) throw new Error("chapter two not recorded");
    const { session, replay } = await startChapter(lantern, way);
    expect(replay.divergence).toBeNull();
    expect(session.log.id).not.toBe("p1");
    expect(session.current.choices.map((c) => c.text)).toEqual(["Light the great lamp", "Let it stay dark"]);
    expect(session.variable("bottle")).toBe(true);
  });

  it("lists chapters in the story's order, each with when it was last reached", () => {
    const s = Session.start(lantern, { seed: 5, id: "p1" });
    pick(s, "Trim the wick");
    pick(s, "Climb to the tower");
    const options = chapterOptions(chaptersReached(s), ["One — The Shore", "Two — The Tower"]);
    expect(options.map((o) => o.label)).toEqual(["One — The Shore", "Two — The Tower"]);
    expect(options[1]?.hint).toMatch(/^last reached \d{4}-\d\d-\d\d \d\d:\d\d, after 2 choices$/);
  });
});

describe("The story so far", () => {
  const lantern = { id: "lantern", hash: "h1", json: compileFixture("screens/main.ink") };
  const pick = (s: Session, text: string) => s.choose(s.current.choices.findIndex((c) => c.text === text));

  it("shows each finished chapter's recap lines and the story's status lines, and leaves the game as it was", () => {
    const s = Session.start(lantern, { seed: 5, id: "p1" });
    pick(s, "Walk the sand");
    pick(s, "Climb to the tower");
    const before = s.snapshot();
    const status = s.aside(STATUS);
    expect(status?.map((l) => l.text)).toEqual(["The lantern is nearly dry.", "You carry an empty bottle."]);
    expect(s.snapshot()).toBe(before);
    expect(s.current.choices.map((c) => c.text)).toEqual(["Light the great lamp", "Let it stay dark"]);
    pick(s, "Light the great lamp");
    expect(s.current.ended).toBe(true);

    const screen = storySoFarScreen(s.log, status);
    expect(screen.sections).toEqual([
      {
        heading: "One — The Shore",
        items: [{ text: "You kept the lantern lit on the shore." }, { text: "You carry an empty bottle." }],
      },
      {
        heading: "Where things stand",
        items: [{ text: "The lantern is nearly dry." }, { text: "You carry an empty bottle." }],
      },
    ]);
  });

  it("reads a status written as an ink function, with its tags, and leaves the game as it was", () => {
    const tide = { id: "tide", hash: "h", json: compileFixture("screens/function-status.ink") };
    const s = Session.start(tide, { seed: 1, id: "p" });
    expect(s.aside(STATUS)).toEqual([
      { text: "The tide is low.", tags: ["recap"] },
      { text: "You have waited no time at all.", tags: [] },
    ]);
    s.choose(0);
    s.choose(0);
    const before = s.snapshot();
    expect(s.aside(STATUS)?.map((l) => l.text)).toEqual(["The tide is high.", "You have waited a while."]);
    expect(s.snapshot()).toBe(before);
    expect(s.current.choices.map((c) => c.text)).toEqual(["Wait an hour", "Go home"]);
    s.choose(1);
    expect(s.current.ended).toBe(true);
  });

  it("says so when no chapter has finished, and a story without a status knot has no status", () => {
    const demo = { id: "demo", hash: "h", json: compileFixture("demo/main.ink") };
    const s = Session.start(demo, { seed: 1, id: "p" });
    expect(s.aside(STATUS)).toBeNull();
    const screen = storySoFarScreen(s.log, null);
    expect(screen.sections).toEqual([]);
    expect(screen.empty).toBe("No chapter has finished yet.");
  });
});
