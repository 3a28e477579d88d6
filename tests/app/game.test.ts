/**
 * The game loop, its menu, undo, load and export, and the title screen,
 * driven in-process with a scripted renderer and an in-memory save service.
 */
import { randomUUID } from "node:crypto";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runTitle } from "../../src/app/app.js";
import { Game } from "../../src/app/game.js";
import { Shutdown } from "../../src/app/shutdown.js";
import type { OutputStream } from "../../src/files/stdio.js";
import { Session } from "../../src/log/session.js";
import { choose, command, demoStory, MemorySaves, RecordingExporter, type Reply, ScriptedRenderer } from "./support.js";

function title(script: Reply[], opts: { saves?: MemorySaves; mode?: "rich" | "plain" } = {}) {
  const story = demoStory();
  const renderer = new ScriptedRenderer(script, opts.mode);
  const saves = opts.saves ?? new MemorySaves(story);
  const exporter = new RecordingExporter();
  const sessions: (Session | null)[] = [];
  const run = runTitle(
    {
      renderer,
      story: () => story,
      title: story.title,
      subtitle: "a test story",
      saves,
      exporter,
      onSession: (s) => sessions.push(s),
    },
    {},
  );
  return { run, renderer, saves, exporter, sessions };
}

function newGame(): Session {
  return Session.start(demoStory(), { seed: 7, id: randomUUID() });
}

describe("the title screen", () => {
  it("starts a new game, plays it to an ending, goes back to the title and quits", async () => {
    const t = title([
      { menu: "new", expect: "Your choice" },
      choose(0),
      choose(0),
      choose(0),
      { menu: "title", expect: "The story has ended." },
      { menu: "quit", expect: "Your choice" },
    ]);
    expect(await t.run).toBe("done");
    expect(t.renderer.unused).toBe(0);
    expect(t.renderer.text.join(" ")).toContain("The cargo dock is dark");
    expect(t.renderer.text.join(" ")).toContain("The cage is shut");
    // New game and Quit only, the first time; Continue and Load once a game is saved.
    const [first, second] = t.renderer.menus("Your choice").map((o) => o.map((x) => x.value));
    expect(first).toEqual(["new", "quit"]);
    expect(second).toEqual(["continue", "new", "load", "quit"]);
    // One autosave before the first text and one after each choice, then at the ending.
    expect(t.saves.autosaves.length).toBeGreaterThanOrEqual(4);
    expect(t.sessions.at(-1)).toBeNull();
  });

  it("continues the latest game where it was left", async () => {
    const story = demoStory();
    const saves = new MemorySaves(story);
    const earlier = newGame();
    earlier.choose(1);
    saves.autosave(earlier);
    const t = title([{ menu: "continue" }, { ask: { kind: "eof" } }], { saves });
    expect(await t.run).toBe("done");
    expect(t.renderer.messages).toContain("Resuming where you left off.");
    const resumed = t.sessions.find((s) => s !== null);
    expect(resumed?.turnNumber).toBe(1);
    expect(resumed?.log.id).toBe(earlier.log.id);
  });

  it("shows a resumed game's last lines from its save before the story is loaded, and once", async () => {
    const story = demoStory();
    const saves = new MemorySaves(story);
    const earlier = newGame();
    earlier.choose(1);
    saves.autosave(earlier);
    const t = title([{ menu: "continue" }, { ask: { kind: "eof" } }], { saves });
    const load = saves.load.bind(saves);
    saves.load = (slot) => {
      t.renderer.message("(story loaded)");
      return load(slot);
    };
    expect(await t.run).toBe("done");
    const order = t.renderer.shown
      .filter((s) => s.kind !== "menu" && s.kind !== "title")
      .map((s) => (s.kind === "message" ? s.text : s.kind));
    expect(order.slice(0, 4)).toEqual(["Resuming where you left off.", "lines", "(story loaded)", "ask"]);
    expect(t.renderer.text).toEqual(earlier.recentLines(8).map((l) => l.text));
  });

  it("reads the saves once each time the title is drawn", async () => {
    const story = demoStory();
    const calls: string[] = [];
    const saves = new MemorySaves(story);
    saves.autosave(newGame());
    const counted = Object.assign(Object.create(saves) as MemorySaves, {
      latest: () => {
        calls.push("latest");
        return saves.latest();
      },
      list: () => {
        calls.push("list");
        return saves.list();
      },
    });
    const t = title([{ menu: "load" }, { menu: "", expect: "Load which game?" }, { menu: "quit" }], { saves: counted });
    expect(await t.run).toBe("done");
    // Two paints of the title, one read each; the full list only for the Load screen.
    expect(t.renderer.menus("Your choice").length).toBe(2);
    expect(calls).toEqual(["latest", "list", "latest"]);
  });

  it("tells the player when the profile cannot be read as a chapter is picked, and goes back to the title", async () => {
    const story = demoStory();
    const way = { at: "2026-12-01T10:00:00.000Z", seed: 7, storyHash: story.hash, choices: [] };
    let reads = 0;
    const profile = {
      read: async () => ({ endings: {}, seen: [], lines: [], chapters: {} }),
      // Read well for the title's Chapters entry; damaged by the time a chapter is picked.
      chapters: async () => {
        reads++;
        if (reads > 1) throw new Error("profile.json is damaged");
        return { "The Dock": way };
      },
      recordEnding: async () => true,
      recordSeen: async () => 0,
      recordChapters: async () => {},
    };
    const renderer = new ScriptedRenderer([
      { menu: "chapters", expect: "Your choice" },
      { menu: "The Dock", expect: "Start which chapter? (a new playthrough)" },
      { menu: "quit", expect: "Your choice" },
    ]);
    const run = runTitle({ renderer, story: () => story, title: story.title, subtitle: "", saves: null, profile });
    expect(await run).toBe("done");
    expect(renderer.unused).toBe(0);
    expect(renderer.shown).toContainEqual(
      expect.objectContaining({
        kind: "message",
        level: "error",
        text: "Your profile could not be read: profile.json is damaged",
      }),
    );
  });

  it("gets the next game ready each time the title's menu waits for the player", async () => {
    const story = demoStory();
    const renderer = new ScriptedRenderer([{ menu: "load" }, { menu: "" }, { menu: "quit" }]);
    const saves = new MemorySaves(story);
    saves.autosave(newGame());
    const prepared: number[] = [];
    const run = runTitle({
      renderer,
      story: () => story,
      title: story.title,
      subtitle: "",
      saves,
      prepare: () => prepared.push(renderer.menus("Your choice").length),
    });
    expect(await run).toBe("done");
    expect(prepared).toEqual([1, 2]);
  });

  it("treats Escape at the title as leaving in a terminal, and the end of input as a clean finish", async () => {
    expect(await title([{ menu: null }], { mode: "rich" }).run).toBe("interrupted");
    expect(await title([{ menu: null }], { mode: "plain" }).run).toBe("done");
  });
});

describe("the game loop", () => {
  it("writes each autosave once the turn's text is on screen, and before the next choice is asked", async () => {
    const story = demoStory();
    const renderer = new ScriptedRenderer([choose(0), choose(0)]);
    const saves = new MemorySaves(story);
    const save = saves.autosave.bind(saves);
    saves.autosave = (session) => {
      renderer.message("(autosaved)");
      return save(session);
    };
    const game = new Game(Session.start(story, { seed: 7, id: randomUUID() }), { renderer, saves });
    expect(await game.play()).toBe("eof");
    const order = renderer.shown.map((s) => (s.kind === "message" ? s.text : s.kind));
    expect(order.slice(0, 7)).toEqual(["lines", "(autosaved)", "ask", "lines", "(autosaved)", "ask", "lines"]);
  });

  it("works out each choice while the player reads them, and plays the same story with them", async () => {
    const story = demoStory();
    const play = async (slow: boolean) => {
      const renderer = new ScriptedRenderer([choose(1), choose(0), choose(0), choose(0)]);
      if (slow) {
        // A player who reads before answering: the answer comes after the event loop has been free.
        const ask = renderer.ask.bind(renderer);
        renderer.ask = async (choices) => {
          await new Promise((r) => setTimeout(r, 20));
          return ask(choices);
        };
      }
      const session = Session.start(story, { seed: 7, id: "same" });
      const worked: number[] = [];
      const lookAhead = session.lookAhead.bind(session);
      session.lookAhead = (i) => {
        worked.push(i);
        return lookAhead(i);
      };
      await new Game(session, { renderer, saves: new MemorySaves(story) }).play();
      return { text: renderer.text, worked, state: session.snapshot() };
    };
    const quick = await play(false);
    const slow = await play(true);
    // Answers already waiting leave nothing to work out; a reading player's every choice is worked out.
    expect(quick.worked).toEqual([]);
    expect(slow.worked.length).toBeGreaterThanOrEqual(4);
    expect(slow.text).toEqual(quick.text);
    expect(slow.state).toBe(quick.state);
  });

  function game(script: Reply[], session = newGame()) {
    const renderer = new ScriptedRenderer(script);
    const saves = new MemorySaves(demoStory());
    const exporter = new RecordingExporter();
    return { game: new Game(session, { renderer, saves, exporter }), renderer, saves, exporter, session };
  }

  it("undoes a choice: the turn goes back, the text is shown again as seen, and the undo is logged", async () => {
    const g = game([choose(1), command({ name: "undo", steps: 1 }), { ask: { kind: "eof" } }]);
    expect(await g.game.play()).toBe("eof");
    expect(g.game.session.turnNumber).toBe(0);
    expect(g.renderer.messages).toContain("Went back 1 turn.");
    const reshown = g.renderer.shown.filter((s) => s.kind === "lines" && s.seen);
    expect(reshown.at(-1)).toEqual(
      expect.objectContaining({ text: expect.arrayContaining([expect.stringContaining("cargo dock")]) }),
    );
    expect(g.game.session.log.events.some((e) => e.type === "meta" && e.action === "undone")).toBe(true);
  });

  it("says there is nothing to undo at the first choice, and offers no undo in the menu", async () => {
    const g = game([
      command({ name: "undo", steps: 1 }),
      command({ name: "menu" }),
      { menu: "back" },
      { ask: { kind: "eof" } },
    ]);
    await g.game.play();
    expect(g.renderer.messages).toContain("There is nothing to undo yet.");
    expect(g.renderer.menus("Game menu")[0]?.map((o) => o.value)).not.toContain("undo");
  });

  it("saves to a named slot from the menu and loads it back later", async () => {
    const g = game([
      choose(0),
      command({ name: "menu" }),
      { menu: "save", expect: "Game menu" },
      { prompt: "before-the-lab" },
      choose(0),
      command({ name: "load" }),
      { menu: "before-the-lab", expect: "Load which game?" },
      { ask: { kind: "eof" } },
    ]);
    expect(await g.game.play()).toBe("eof");
    expect(g.renderer.messages).toContain('Saved to "before-the-lab".');
    expect(g.renderer.messages).toContain('Loaded "before-the-lab".');
    expect(g.game.session.turnNumber).toBe(1);
    expect(g.game.session).not.toBe(g.session);
  });

  it("asks before saving over a slot that exists; no keeps the old save and asks for another name (plain)", async () => {
    const g = game([
      command({ name: "save", slot: "ch2 start" }),
      choose(0),
      command({ name: "save", slot: "ch2 start" }),
      { prompt: "no" },
      { prompt: "ch2 later" },
      { ask: { kind: "eof" } },
    ]);
    expect(await g.game.play()).toBe("eof");
    const prompts = g.renderer.shown.filter((s) => s.kind === "prompt").map((s) => s.message);
    expect(prompts[0]).toMatch(
      /^There is already a save called "ch2 start" \(ch2 start: turn 0\)\. Replace it\? \(yes\/no\)$/,
    );
    expect(g.renderer.messages).toContain('The save "ch2 start" is kept as it was.');
    expect(g.renderer.messages).toContain('Saved to "ch2 later".');
    const kept = g.saves.slots.get("ch2 start");
    expect(JSON.parse(kept?.log ?? "{}").events.filter((e: { type: string }) => e.type === "choose")).toHaveLength(0);
    const later = JSON.parse(g.saves.slots.get("ch2 later")?.log ?? "{}");
    expect(later.events.filter((e: { type: string }) => e.type === "choose")).toHaveLength(1);
  });

  it("replaces a slot that exists when the player says yes, in either renderer", async () => {
    for (const mode of ["plain", "rich"] as const) {
      const renderer = new ScriptedRenderer(
        [
          command({ name: "save", slot: "mine" }),
          choose(0),
          command({ name: "save", slot: "mine" }),
          mode === "plain" ? { prompt: "maybe" } : { menu: "yes" },
          ...(mode === "plain" ? [{ prompt: "yes" }] : []),
          { ask: { kind: "eof" } },
        ],
        mode,
      );
      const saves = new MemorySaves(demoStory());
      await new Game(newGame(), { renderer, saves }).play();
      expect(
        renderer.messages.filter((m) => m === 'Saved to "mine".'),
        mode,
      ).toHaveLength(2);
      if (mode === "plain") expect(renderer.messages).toContain('Type "yes" to replace it or "no" to keep it.');
      else {
        const asked = renderer.menus('There is already a save called "mine" (mine: turn 0). Replace it?');
        expect(asked).toHaveLength(1);
        // Escape keeps the old save.
        expect(asked[0]?.find((o) => o.back)?.value).toBe("no");
      }
      const log = JSON.parse(saves.slots.get("mine")?.log ?? "{}");
      expect(
        log.events.filter((e: { type: string }) => e.type === "choose"),
        mode,
      ).toHaveLength(1);
    }
  });

  it("declining in the full-screen menu and giving no other name saves nothing", async () => {
    const renderer = new ScriptedRenderer(
      [
        command({ name: "save", slot: "mine" }),
        choose(0),
        command({ name: "save", slot: "mine" }),
        { menu: "no" },
        { prompt: "" },
        { ask: { kind: "eof" } },
      ],
      "rich",
    );
    const saves = new MemorySaves(demoStory());
    await new Game(newGame(), { renderer, saves }).play();
    expect(renderer.messages.filter((m) => m.startsWith("Saved to"))).toHaveLength(1);
    expect(
      JSON.parse(saves.slots.get("mine")?.log ?? "{}").events.some((e: { type: string }) => e.type === "choose"),
    ).toBe(false);
  });

  it("names the slots there are when asked to load one that is not", async () => {
    const g = game([
      command({ name: "save", slot: "one" }),
      command({ name: "load", slot: "two" }),
      { ask: { kind: "eof" } },
    ]);
    await g.game.play();
    const answer = g.renderer.messages.find((m) => m.startsWith('There is no saved game called "two".'));
    expect(answer).toMatch(/The saved games are: (.*, )?one(, .*)?\.$/);
  });

  it("exports the transcript from the menu and at the ending", async () => {
    const g = game([
      command({ name: "menu" }),
      { menu: "export" },
      { menu: "md", expect: "Export the transcript as" },
      choose(0),
      choose(0),
      choose(0),
      { menu: "export", expect: "The story has ended." },
      { menu: "json" },
      { menu: "title", expect: "The story has ended." },
    ]);
    expect(await g.game.play()).toBe("ended");
    expect(g.exporter.calls).toEqual([
      { turns: 0, format: "md" },
      { turns: 3, format: "json" },
    ]);
    expect(g.renderer.messages).toContain("Transcript written as json");
  });

  it("the export format menu has a Cancel entry (Escape's), which writes nothing", async () => {
    const g = game([
      command({ name: "menu" }),
      { menu: "export" },
      { menu: "cancel", expect: "Export the transcript as" },
      { ask: { kind: "eof" } },
    ]);
    expect(await g.game.play()).toBe("eof");
    expect(g.exporter.calls).toEqual([]);
    const formats = g.renderer.menus("Export the transcript as")[0] ?? [];
    expect(formats.at(-1)).toEqual({ value: "cancel", label: "Cancel", back: true });
    // Every menu of the game has an entry Escape takes, but the ending's, which has no way back into the story.
    expect(
      g.renderer
        .menus("Game menu")[0]
        ?.filter((o) => o.back)
        .map((o) => o.value),
    ).toEqual(["back"]);
  });

  it("quits from the menu with the game autosaved", async () => {
    const g = game([choose(0), command({ name: "menu" }), { menu: "quit" }]);
    expect(await g.game.play()).toBe("quit");
    const last = g.saves.slots.get(g.saves.autosaves.at(-1) as string);
    expect(last && JSON.parse(last.log).events.filter((e: { type: string }) => e.type === "choose")).toHaveLength(1);
  });
});

describe("the way out", () => {
  it("autosaves the game being played, lets go of its slots, restores the terminal and says where it is, once", () => {
    const written: string[] = [];
    const stdout = { isTTY: false, write: (s: string) => written.push(s) } as unknown as OutputStream;
    const exits: string[] = [];
    const shutdown = new Shutdown({ stdin: new PassThrough(), stdout, stderr: stdout }, (how) => exits.push(how));
    const saves = new MemorySaves(demoStory());
    const session = newGame();
    session.choose(0);
    let restored = 0;
    shutdown.useSaves(saves);
    shutdown.useRestore(() => restored++);
    shutdown.useFarewell((last) => `saved at turn ${last.turnNumber}`);
    shutdown.playing(session);
    shutdown.finish("interrupted");
    shutdown.finish("interrupted");
    expect(saves.autosaves).toHaveLength(1);
    expect(saves.released).toBe(true);
    expect(restored).toBe(1);
    expect(written.join("")).toBe("\nsaved at turn 1\n");
    expect(exits).toEqual([]);
  });
});
