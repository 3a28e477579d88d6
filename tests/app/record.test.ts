/**
 * What a game records as the player goes (PlayRecord): the choices taken and
 * the lines read, written soon after each turn and not only when the game
 * ends; read lines passed over in a later playthrough up to the first new
 * one; and a profile that cannot be written never getting in a turn's way.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { Game } from "../../src/app/game.js";
import { lineKey, type PlayerProfile, PlayRecord, storyProfile } from "../../src/app/profile.js";
import { Shutdown } from "../../src/app/shutdown.js";
import type { Choice } from "../../src/engine/index.js";
import { Session } from "../../src/log/session.js";
import { SettingsStore } from "../../src/saves/settings.js";
import type { Answer } from "../../src/ui/types.js";
import { tempDir } from "../saves/support.js";
import { compileFixture } from "../support/compile.js";
import { choose, type Reply, ScriptedRenderer } from "./support.js";

const lantern = { id: "lantern", hash: "h1", json: compileFixture("screens/main.ink") };
const tick = () => new Promise((r) => setImmediate(r));

/**
 * A scripted renderer that, like a player, takes a moment at every choice (so
 * what the game scheduled runs), and runs `peek` at its `at`-th choice.
 */
class PeekingRenderer extends ScriptedRenderer {
  #asked = 0;
  constructor(
    script: Reply[],
    private at: number,
    private peek: () => Promise<void> | void,
  ) {
    super(script);
  }
  override async ask(choices: readonly Choice[]): Promise<Answer> {
    await tick();
    if (++this.#asked === this.at) await this.peek();
    return super.ask(choices);
  }
}

const lines = (r: ScriptedRenderer) =>
  r.shown.flatMap((s) => (s.kind === "lines" ? [{ first: s.text[0], skip: s.skip ?? 0, count: s.text.length }] : []));

describe("recording as the player goes", () => {
  it("writes each choice and the lines shown while the game is still being played", async () => {
    const dir = tempDir();
    const profile = storyProfile(new SettingsStore(dir), "lantern");
    let during: { seen: string[]; lines: string } | null = null;
    const renderer = new PeekingRenderer([choose(0), choose(0)], 2, async () => {
      await tick();
      during = JSON.parse(readFileSync(join(dir, "profile.json"), "utf8")).stories.lantern;
    });
    const game = new Game(Session.start(lantern, { seed: 5, id: "p1" }), {
      renderer,
      saves: null,
      record: await PlayRecord.open(profile),
    });
    // The game is still at its second choice when the profile is read: nothing has ended or quit.
    const playing = game.play();
    await playing;
    expect(during).not.toBeNull();
    const seen = during as unknown as { seen: string[]; lines: string };
    expect(seen.seen).toEqual(["shore.0.c-0"]);
    expect(seen.lines).toContain(lineKey("The tide is out and the lantern burns low."));
    expect(seen.lines).toContain(lineKey("The flame steadies."));
    expect(seen.lines).not.toContain(lineKey("You kept the lantern lit on the shore."));
  });

  it("writes a chapter reached, for Chapter select, while the game is still being played", async () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    let during: Awaited<ReturnType<SettingsStore["story"]>> | null = null;
    const renderer = new PeekingRenderer([choose(1), choose(0)], 3, async () => {
      await tick();
      during = await store.story("lantern");
    });
    await new Game(Session.start(lantern, { seed: 5, id: "p1" }), {
      renderer,
      saves: null,
      record: await PlayRecord.open(storyProfile(store, "lantern")),
    }).play();
    const reached = (during as unknown as { chapters: Record<string, { choices: { text: string }[] }> }).chapters;
    expect(Object.keys(reached)).toEqual(["One — The Shore", "Two — The Tower"]);
    expect(reached["Two — The Tower"]?.choices.map((c) => c.text)).toEqual(["Walk the sand", "Climb to the tower"]);
  });

  it("passes over lines read in an earlier playthrough, up to the first new one", async () => {
    const dir = tempDir();
    const profile = storyProfile(new SettingsStore(dir), "lantern");
    const play = async (script: Reply[]) => {
      const renderer = new ScriptedRenderer(script);
      const record = await PlayRecord.open(profile);
      await new Game(Session.start(lantern, { seed: 5, id: "p" }), { renderer, saves: null, record }).play();
      await record.flush();
      return lines(renderer);
    };
    // First: trim the wick, climb to the tower. Nothing was read before.
    expect((await play([choose(0), choose(0)])).map((l) => l.skip)).toEqual([0, 0, 0]);
    // Second: the opening was read, all of it; walking the sand is new, so its turn is shown as new from its
    // first line, though the line after it ("The tower stands ...") was read before.
    const second = await play([choose(1), choose(0)]);
    expect(second[0]).toMatchObject({ first: "The tide is out and the lantern burns low.", skip: 2 });
    expect(second[1]).toMatchObject({ first: "You find a bottle with nothing inside.", skip: 0 });
    // The tower's turn: "You carry an empty bottle." is new; the recap's first line and the chapter were read.
    expect(second[2]?.skip).toBe(1);
  });

  it("keeps lines read across a new version of the story: a line kept word for word stays read, wherever it moved", async () => {
    const dir = tempDir();
    const profile = storyProfile(new SettingsStore(dir), "lantern");
    const first = await PlayRecord.open(profile);
    first.shown([
      { text: "The tide is out and the lantern burns low.", tags: ["chapter: One"] },
      { text: "The tower stands at the end of the spit.", tags: [] },
    ]);
    await first.flush();
    const next = await PlayRecord.open(profile);
    // The new version moved the tower line first, respaced it and changed its tags, and rewrote the opening.
    const updated = [
      { text: "  The tower stands at the end of   the spit. ", tags: ["scene: The shore"] },
      { text: "The tide is out, and the lantern burns low.", tags: [] },
      { text: "The tide is out and the lantern burns low.", tags: [] },
    ];
    expect(next.readBefore(updated)).toBe(1);
    expect(next.readBefore(updated.slice(2))).toBe(1);
  });

  it("gathers a turn's choice and lines into one write, and writes nothing when nothing is new", async () => {
    const writes: { choices?: readonly string[]; lines?: readonly string[] }[] = [];
    const profile: PlayerProfile = {
      read: async () => ({ endings: {}, seen: ["shore.0.c-0"], lines: [], chapters: {} }),
      chapters: async () => ({}),
      recordEnding: async () => true,
      recordSeen: async (seen) => {
        writes.push(seen);
        return 1;
      },
      recordChapters: async () => {},
    };
    const record = await PlayRecord.open(profile);
    record.shown([{ text: "One.", tags: [] }]);
    record.chose("shore.0.c-1");
    record.shown([{ text: "Two.", tags: [] }]);
    await tick();
    await tick();
    expect(writes).toEqual([{ choices: ["shore.0.c-1"], lines: [lineKey("One."), lineKey("Two.")] }]);
    record.chose("shore.0.c-0");
    record.shown([{ text: "One.", tags: [] }]);
    await record.flush();
    expect(writes).toHaveLength(1);
  });

  it("never breaks a turn when the profile cannot be written: says so once, keeps what it gathered and writes it later", async () => {
    let failing = true;
    const written: string[] = [];
    const profile: PlayerProfile = {
      read: async () => ({ endings: {}, seen: [], lines: [], chapters: {} }),
      chapters: async () => ({}),
      recordEnding: async () => true,
      recordSeen: async (seen) => {
        if (failing) throw new Error("profile.json is a symbolic link");
        written.push(...(seen.choices ?? []));
        return 1;
      },
      recordChapters: async () => {},
    };
    const renderer = new PeekingRenderer([choose(0), choose(0)], 3, () => {
      failing = false;
    });
    const record = await PlayRecord.open(profile);
    const exit = await new Game(Session.start(lantern, { seed: 5, id: "p1" }), {
      renderer,
      saves: null,
      record,
    }).play();
    await record.flush();
    // Every turn was played: the tower's choices were offered, and the script ran out there.
    expect(exit).toBe("eof");
    expect(renderer.shown.filter((s) => s.kind === "ask")).toHaveLength(3);
    const told = renderer.shown.filter((s) => s.kind === "message" && s.text.includes("could not be kept"));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ level: "warn" });
    expect(JSON.stringify(told[0])).toContain("profile.json is a symbolic link");
    // Both choices were kept through the failures and written once the profile could be written again.
    expect(written).toEqual(["shore.0.c-0", "shore.0.g-0.c-2"]);
  });

  it("leaving at once (a signal: nothing scheduled runs any more) writes what was gathered, before the process ends", async () => {
    const dir = tempDir();
    const record = await PlayRecord.open(storyProfile(new SettingsStore(dir), "lantern"));
    record.chose("shore.0.c-1");
    record.shown([{ text: "You find a bottle with nothing inside.", tags: [] }]);
    const shutdown = new Shutdown(
      { stdin: new PassThrough(), stdout: process.stdout, stderr: process.stderr },
      () => {},
    );
    shutdown.recording(record);
    // No await, no tick: as in a signal handler followed by the process's exit.
    shutdown.finish("interrupted");
    const written = JSON.parse(readFileSync(join(dir, "profile.json"), "utf8")).stories.lantern;
    expect(written.seen).toEqual(["shore.0.c-1"]);
    expect(written.lines).toBe(lineKey("You find a bottle with nothing inside."));
  });
});
