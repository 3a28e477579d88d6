/** Test helpers for the save layer: temp dirs, fixture stories, sessions and failing file systems. */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach } from "vitest";
import { Session, type StoryBundle } from "../../src/log/index.js";
import { type FsOps, makeSave, realFs, type SaveFile } from "../../src/saves/index.js";
import { compileInkFile } from "../../src/story-build/compile.js";

const savesFixtures = join(import.meta.dirname, "..", "fixtures", "saves");

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "fc-saves-"));
  made.push(dir);
  return dir;
}

const compiled = new Map<string, string>();
/** A fixture story from tests/fixtures/saves as a StoryBundle (id "save-fixture" unless given). */
export function fixtureStory(name: string, id = "save-fixture"): StoryBundle {
  let json = compiled.get(name);
  if (!json) {
    const result = compileInkFile(join(savesFixtures, `${name}.ink`));
    if (!result.ok || !result.json) throw new Error(`fixture ${name}.ink did not compile`);
    json = result.json;
    compiled.set(name, json);
  }
  return { id, hash: createHash("sha256").update(json).digest("hex"), json };
}

/** A clock that advances one second a call, so saves are reproducible. */
function stepClock(start = Date.parse("2063-04-05T11:00:00Z")) {
  let t = start;
  return {
    now: () => {
      t += 1000;
      return new Date(t);
    },
  };
}

/** Plays the choices (by text) from the start and returns the session. */
export function play(story: StoryBundle, choices: string[], id = "playthrough-1"): Session {
  const session = Session.start(story, { seed: 7, id, clock: stepClock() });
  for (const text of choices) {
    const choice = session.current.choices.find((c) => c.text === text);
    if (!choice) throw new Error(`no choice "${text}" on offer`);
    session.choose(choice.index);
  }
  return session;
}

/** A save of the given choices on the story. */
export function saveOf(story: StoryBundle, choices: string[], slot = "autosave", id?: string): SaveFile {
  return makeSave(play(story, choices, id), {
    slot,
    title: "Save Fixture",
    gameVersion: "0.1.0-test",
    now: new Date("2063-04-05T12:00:00Z"),
  });
}

/** A system error with a code, as node:fs throws them. */
export function sysError(code: string): NodeJS.ErrnoException {
  const err = new Error(`${code}: simulated`) as NodeJS.ErrnoException;
  err.code = code;
  return err;
}

/** The real file system with some calls replaced. */
export function fsWith(overrides: Partial<FsOps>): FsOps {
  return { ...realFs, ...overrides };
}

/** A stream that keeps what is written to it, for commands driven in memory. */
export function capture() {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (c: Buffer) => {
    text += c.toString();
  });
  return { stream, text: () => text };
}
