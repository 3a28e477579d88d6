/**
 * The `export` and `replay` commands, driven with in-memory streams and
 * fake save functions: output, exit codes and the one clear message for
 * each thing that can go wrong.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import stringWidth from "string-width";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fileExporter } from "../../src/app/exporter.js";
import { exportCommand } from "../../src/cli/export-command.js";
import { replayCommand } from "../../src/cli/replay-command.js";
import type { Session } from "../../src/log/index.js";
import { SAVE_FORMAT, type SaveFile } from "../../src/saves/types.js";
import { toHtml, toJson, toMarkdown } from "../../src/transcript/index.js";
import { parseCommand } from "../../src/ui/types.js";
import { FIXTURE_TITLE, fixedClock, fixtureStory, playFixture, storyWithoutBackDoor } from "./support.js";

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const story = fixtureStory();
const played = playFixture(story);

function fakeSave(session: Session, slot: string): SaveFile {
  return {
    format: SAVE_FORMAT,
    game: "first-contact",
    slot,
    savedAt: "2063-04-05T09:20:00.000Z",
    gameVersion: "test",
    story: { id: story.id, hash: story.hash, title: FIXTURE_TITLE },
    summary: {
      turns: 0,
      chapter: null,
      scene: null,
      lastLine: null,
      ending: null,
      ended: false,
      placeholder: null,
      playMillis: 0,
    },
    log: session.log,
    state: session.snapshot(),
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fc-commands-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function exportCtx(saves: Record<string, SaveFile> = { "slot-a": fakeSave(played, "slot-a") }) {
  const stdout = new Capture();
  const stderr = new Capture();
  const ctx = {
    stdout,
    stderr,
    saveDir: dir,
    timeZone: "UTC",
    story: { ...story, title: FIXTURE_TITLE },
    latestSlot: () => Object.keys(saves).at(-1) ?? null,
    loadSlot: (slot: string) => {
      const save = saves[slot];
      if (!save) throw new Error(`there is no save in slot "${slot}"`);
      return save;
    },
  };
  return { ctx, stdout, stderr };
}

describe("first-contact export", () => {
  it("writes the latest save's transcript to stdout in the format asked for", async () => {
    const { ctx, stdout, stderr } = exportCtx();
    expect(await exportCommand(["--format", "md"], ctx)).toBe(0);
    expect(stdout.text).toBe(toMarkdown(played.log, { title: FIXTURE_TITLE, timeZone: "UTC" }));
    expect(stderr.text).toBe("");
  });

  it("wraps text to --width", async () => {
    const { ctx, stdout } = exportCtx();
    expect(await exportCommand(["slot-a", "--format", "txt", "--width", "30", "--with-undone"], ctx)).toBe(0);
    expect(stdout.text).toContain("ABANDONED BRANCH");
    for (const line of stdout.text.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(30);
  });

  it("writes to -o FILE, taking the format from its extension", async () => {
    const { ctx, stdout } = exportCtx();
    const path = join(dir, "night.html");
    expect(await exportCommand(["slot-a", "-o", path], ctx)).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(toHtml(played.log, { title: FIXTURE_TITLE, timeZone: "UTC" }));
    expect(stdout.text).toBe(`Transcript of slot “slot-a” written to ${path} (html).\n`);
  });

  it("keeps an existing file unless --force", async () => {
    const { ctx, stderr } = exportCtx();
    const path = join(dir, "night.json");
    writeFileSync(path, "mine");
    expect(await exportCommand(["-o", path], ctx)).toBe(1);
    expect(stderr.text).toBe(`first-contact export: ${path} already exists; use --force to replace it\n`);
    expect(readFileSync(path, "utf8")).toBe("mine");
    expect(await exportCommand(["-o", path, "--force"], ctx)).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(toJson(played.log, { title: FIXTURE_TITLE }));
  });

  it("refuses a symbolic link even with --force", async () => {
    const { ctx, stderr } = exportCtx();
    const target = join(dir, "target");
    writeFileSync(target, "untouched");
    symlinkSync(target, join(dir, "link.txt"));
    expect(await exportCommand(["-o", join(dir, "link.txt"), "--force"], ctx)).toBe(1);
    expect(stderr.text).toContain("it is a symbolic link");
    expect(readFileSync(target, "utf8")).toBe("untouched");
  });

  it("names an unwritable path and the reason", async () => {
    const { ctx, stderr } = exportCtx();
    const path = join(dir, "no", "such", "folder.md");
    expect(await exportCommand(["-o", path], ctx)).toBe(1);
    expect(stderr.text).toBe(`first-contact export: cannot write ${path}: the folder does not exist\n`);
  });

  it("calls an unknown format bad usage", async () => {
    const { ctx, stderr, stdout } = exportCtx();
    expect(await exportCommand(["--format", "pdf"], ctx)).toBe(2);
    expect(stderr.text).toMatch(/^first-contact export: unknown format "pdf": choose txt, md, html, json\n/);
    expect(stdout.text).toBe("");
  });

  it("calls bad flags and extra arguments bad usage", async () => {
    for (const args of [["--width", "wide"], ["--colour"], ["a", "b"], ["--format"]]) {
      const { ctx } = exportCtx();
      expect(await exportCommand(args, ctx)).toBe(2);
    }
  });

  it("says so when there is nothing to export, or the slot cannot be read", async () => {
    const empty = exportCtx({});
    expect(await exportCommand([], empty.ctx)).toBe(1);
    expect(empty.stderr.text).toBe("first-contact export: there are no saved games to export yet\n");
    const missing = exportCtx();
    expect(await exportCommand(["nope"], missing.ctx)).toBe(1);
    expect(missing.stderr.text).toBe(
      'first-contact export: cannot read the save in slot “nope”: there is no save in slot "nope"\n',
    );
  });
});

function replayCtx(opts: { occupied?: string[]; storyOverride?: typeof story } = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const written = new Map<string, SaveFile>();
  const ctx = {
    stdout,
    stderr,
    saveDir: dir,
    gameVersion: "test",
    clock: fixedClock(),
    story: { ...(opts.storyOverride ?? story), title: FIXTURE_TITLE },
    hasSlot: (slot: string) => written.has(slot) || (opts.occupied ?? []).includes(slot),
    writeSlot: (slot: string, save: SaveFile) => {
      written.set(slot, save);
    },
    makeSave: (session: Session, meta: { slot: string }) => fakeSave(session, meta.slot),
  };
  return { ctx, stdout, stderr, written };
}

describe("first-contact replay", () => {
  function transcriptFile(text = toJson(played.log, { title: FIXTURE_TITLE })): string {
    const path = join(dir, "night.json");
    writeFileSync(path, text);
    return path;
  }

  it("rebuilds the playthrough into a slot", async () => {
    const { ctx, stdout, written } = replayCtx();
    expect(await replayCommand([transcriptFile(), "--slot", "rebuilt"], ctx)).toBe(0);
    expect(stdout.text).toBe("Replayed all 4 choices. Saved to slot “rebuilt”.\n");
    expect(written.get("rebuilt")?.state).toBe(played.snapshot());
  });

  it("says where a changed story parts from the transcript, and saves up to there", async () => {
    const { ctx, stdout, written } = replayCtx({ storyOverride: storyWithoutBackDoor() });
    expect(await replayCommand([transcriptFile()], ctx)).toBe(0);
    expect(stdout.text).toBe(
      "The story has changed since this transcript was made: at turn 3, the choice “Ask about the back door” is no longer offered (now offered: “Order two whiskies”).\n" +
        "Replayed 2 of 4 choices. Slot “replay” resumes at turn 3, where the paths part.\n",
    );
    const save = written.get("replay");
    expect(save?.log.events.filter((e) => e.type === "choose")).toHaveLength(2);
  });

  it("refuses malformed, foreign and poisoned transcripts with one clear message", async () => {
    const cases: [string, string][] = [
      ["{ not json", "this is not a First Contact transcript: it is not valid JSON"],
      ['{"name": "some-package", "version": "1.0.0"}', "not a First Contact transcript"],
      [
        '{"format": "first-contact-transcript", "__proto__": {}}',
        'this transcript contains a forbidden key "__proto__" and was not read',
      ],
    ];
    for (const [text, message] of cases) {
      const { ctx, stderr, written } = replayCtx();
      const path = transcriptFile(text);
      expect(await replayCommand([path], ctx)).toBe(1);
      expect(stderr.text).toBe(`first-contact replay: ${path}: ${message}\n`);
      expect(written.size).toBe(0);
    }
  });

  it("names a missing file", async () => {
    const { ctx, stderr } = replayCtx();
    const path = join(dir, "absent.json");
    expect(await replayCommand([path], ctx)).toBe(1);
    expect(stderr.text).toBe(`first-contact replay: cannot read ${path}: no such file\n`);
  });

  it("keeps an occupied slot unless --force", async () => {
    const { ctx, stderr, written } = replayCtx({ occupied: ["replay"] });
    const path = transcriptFile();
    expect(await replayCommand([path], ctx)).toBe(1);
    expect(stderr.text).toContain("slot “replay” already holds a save");
    expect(written.size).toBe(0);
    expect(await replayCommand([path, "--force"], ctx)).toBe(0);
    expect(written.has("replay")).toBe(true);
  });

  it("refuses a transcript of another story", async () => {
    const { ctx, stderr } = replayCtx({ storyOverride: { ...story, id: "another-story" } });
    const path = transcriptFile();
    expect(await replayCommand([path], ctx)).toBe(1);
    expect(stderr.text).toBe(
      `first-contact replay: ${path}: this transcript is of the story "transcript-fixture", not "another-story" (the one installed)\n`,
    );
  });

  it("calls missing or extra arguments bad usage", async () => {
    for (const args of [[], ["a.json", "b.json"], ["a.json", "--slot"], ["a.json", "--bogus"]]) {
      const { ctx } = replayCtx();
      expect(await replayCommand(args, ctx)).toBe(2);
    }
  });
});

describe("exporting from inside the game", () => {
  it("gives each export in the same minute a name of its own", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fc-export-"));
    const exporter = fileExporter(FIXTURE_TITLE, undefined, dir);
    // The same second for all three, however slow the machine: the clock stands still.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2063-04-05T12:00:00Z") });
    const messages: string[] = [];
    try {
      for (let i = 0; i < 3; i++) messages.push(await exporter.export(played, "txt", undefined));
    } finally {
      vi.useRealTimers();
    }
    const paths = messages.map((m) => m.replace(/^Transcript written to /, ""));
    expect(new Set(paths).size).toBe(3);
    for (const p of paths) expect(readFileSync(p, "utf8")).toContain(FIXTURE_TITLE.toUpperCase());
    expect(paths[0]).toMatch(/-20630405T120000Z\.txt$/);
    expect(paths[1]).toMatch(/-20630405T120000Z-2\.txt$/);
  });

  it("names the file after the story being played, not after the game", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fc-export-"));
    const written = await fileExporter("The Intercept", undefined, dir).export(played, "md", undefined);
    expect(written).toMatch(/\/the-intercept-[^/]+\.md$/);
  });

  it("keeps a named file unless asked to replace it ('export md FILE --force')", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fc-export-"));
    const file = join(dir, "mine.md");
    writeFileSync(file, "keep me");
    const exporter = fileExporter(FIXTURE_TITLE, undefined, dir);
    await expect(exporter.export(played, "md", "mine.md")).rejects.toThrow(/already exists/);
    expect(readFileSync(file, "utf8")).toBe("keep me");
    const command = parseCommand("export md mine.md --force");
    expect(command).toEqual({ name: "export", format: "md", file: "mine.md", force: true });
    if (command?.name !== "export") throw new Error("not an export");
    await exporter.export(played, command.format, command.file, command.force);
    expect(readFileSync(file, "utf8")).toMatch(/^# /);
  });
});
