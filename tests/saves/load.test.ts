/**
 * Reading saves that are not what they should be: damaged, empty, foreign,
 * newer, hostile (prototype keys, huge, deeply nested), symlinked, or asked
 * for by a name that is not a slot.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  parseSave,
  SAVE_FORMAT,
  SaveLoadError,
  SaveStore,
  SaveWriteError,
  SlotExistsError,
  SlotNameError,
} from "../../src/saves/index.js";
import { fixtureStory, fsWith, saveOf, tempDir } from "./support.js";

const story = fixtureStory("base");
const good = saveOf(story, ["Hold the door", "Check the core"]);
const goodText = `${JSON.stringify(good)}\n`;

function loadFailure(fn: () => unknown): SaveLoadError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SaveLoadError) return err;
    throw err;
  }
  throw new Error("expected a SaveLoadError");
}

// biome-ignore lint/suspicious/noExplicitAny: the tests damage a parsed save at any path, which no narrower type allows.
type Damageable = Record<string, any>;

describe("damaged slot files", () => {
  it.each([
    ["empty", ""],
    ["truncated", goodText.slice(0, goodText.length / 2)],
    ["not JSON", "this is not a save"],
    ["the wrong shape", JSON.stringify({ ...good, summary: { turns: "many" } })],
    ["a list", "[1, 2, 3]"],
  ])(
    "a slot that is %s is listed as damaged with its bytes kept aside; other slots and saving still work",
    (_, text) => {
      const dir = tempDir();
      writeFileSync(join(dir, "broken.json"), text);
      const store = new SaveStore(dir, { story });
      store.write("fine", good);
      const list = store.list();
      expect(list).toEqual([
        expect.objectContaining({ slot: "fine", ok: true, turns: 2, chapter: "Two", scene: "Engineering" }),
        expect.objectContaining({ slot: "broken", ok: false, reason: expect.stringMatching(/broken\.json.*damaged/) }),
      ]);
      const kept = readdirSync(dir).filter((n) => n.startsWith("broken.json.damaged-"));
      expect(kept).toHaveLength(1);
      expect(readFileSync(join(dir, kept[0] as string), "utf8")).toBe(text);
      // The damaged file is never deleted, and listing again does not pile up copies.
      expect(readFileSync(join(dir, "broken.json"), "utf8")).toBe(text);
      store.list();
      expect(readdirSync(dir).filter((n) => n.startsWith("broken.json.damaged-"))).toHaveLength(1);
      expect(store.latest()?.slot).toBe("fine");
      // Saving over the damaged slot works and its bytes stay kept.
      store.write("broken", good);
      expect(store.read("broken").summary.turns).toBe(2);
      expect(readFileSync(join(dir, kept[0] as string), "utf8")).toBe(text);
    },
  );

  it("a missing slot is a SaveLoadError naming the file", () => {
    const err = loadFailure(() => new SaveStore(tempDir()).read("nowhere"));
    expect(err.reason).toBe("missing");
    expect(err.message).toMatch(/nowhere\.json does not exist/);
  });
});

describe("saves that belong elsewhere", () => {
  it("refuses a save from another game, naming it, and changes nothing", () => {
    const dir = tempDir();
    const text = JSON.stringify({ ...good, game: "borg-assimilator" });
    writeFileSync(join(dir, "alien.json"), text);
    const err = loadFailure(() => new SaveStore(dir, { story }).read("alien"));
    expect(err.reason).toBe("other-game");
    expect(err.message).toMatch(/alien\.json is not a First Contact save \(it belongs to "borg-assimilator"\)/);
    expect(readFileSync(join(dir, "alien.json"), "utf8")).toBe(text);
  });

  it("refuses a save from another story, naming the story it belongs to", () => {
    const dir = tempDir();
    const other = saveOf(fixtureStory("base", "insurrection"), ["Run"]);
    writeFileSync(join(dir, "other.json"), JSON.stringify(other));
    const err = loadFailure(() => new SaveStore(dir, { story }).read("other"));
    expect(err.reason).toBe("other-story");
    expect(err.message).toMatch(/is a save for the story "insurrection".*not the installed story "save-fixture"/);
  });

  it('a newer format is "made by a newer version of First Contact", and the file is unchanged', () => {
    const dir = tempDir();
    const text = JSON.stringify({
      format: SAVE_FORMAT + 1,
      game: "first-contact",
      story: good.story,
      whatever: { new: true },
    });
    writeFileSync(join(dir, "future.json"), text);
    const store = new SaveStore(dir, { story });
    const err = loadFailure(() => store.read("future"));
    expect(err.reason).toBe("newer-format");
    expect(err.message).toMatch(/made by a newer version of First Contact/);
    expect(store.list()).toEqual([expect.objectContaining({ slot: "future", ok: false, kind: "newer-format" })]);
    expect(readdirSync(dir)).toEqual(["future.json"]);
    expect(readFileSync(join(dir, "future.json"), "utf8")).toBe(text);
  });
});

describe("hostile files", () => {
  it.each(["__proto__", "constructor", "prototype"])(
    "a %s key anywhere is refused without polluting anything",
    (key) => {
      const dir = tempDir();
      const text = goodText.replace('"type":"text"', `"${key}":{"polluted":true,"isAdmin":true},"type":"text"`);
      expect(text).not.toBe(goodText);
      writeFileSync(join(dir, "evil.json"), text);
      const err = loadFailure(() => new SaveStore(dir, { story }).read("evil"));
      expect(err.reason).toBe("forbidden-key");
      expect(err.message).toContain(key);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    },
  );

  it("unknown fields are dropped, not carried into the game", () => {
    const save = parseSave(JSON.stringify({ ...good, extra: { x: 1 } }), "x.json");
    expect(Object.keys(save)).not.toContain("extra");
    const deep = structuredClone(good) as unknown as {
      summary: Record<string, unknown>;
      story: Record<string, unknown>;
      log: { events: Record<string, unknown>[] } & Record<string, unknown>;
    };
    deep.summary.extra = 1;
    deep.story.extra = 1;
    deep.log.extra = 1;
    for (const e of deep.log.events) e.extra = 1;
    const read = parseSave(JSON.stringify(deep), "x.json");
    expect(read).toEqual(parseSave(goodText, "x.json"));
    expect(JSON.stringify(read)).not.toContain("extra");
  });

  it("a wrong shape is reported at the first wrong field, with its path", () => {
    const damage: [(s: Damageable) => void, string][] = [
      [(s) => (s.summary.turns = "many"), 'summary.turns: expected a number, found string "many"'],
      [(s) => (s.summary.turns = 1.5), "summary.turns: expected a whole number, found 1.5"],
      [(s) => (s.log.events[3].turn = -1), "log.events[3].turn: expected a whole number, found -1"],
      [(s) => delete s.summary, "summary: missing"],
      [(s) => (s.story = ["a"]), "story: expected an object, found a list"],
      [(s) => (s.log.events[1] = null), "log.events[1]: expected an object, found null"],
      [
        (s) => (s.log.events[0].type = "teleport"),
        'log.events[0].type: expected one of text, choices, choose, chapter, end, meta, found string "teleport"',
      ],
      [
        (s) => (s.log.events[0].action = "exploded"),
        'log.events[0].action: expected "started" or "saved" or "loaded" or "undone" or "migrated" or "settings" or "resumed", found string "exploded"',
      ],
      [(s) => (s.log.events[0].toTurn = null), "log.events[0].toTurn: expected a number, found null"],
      [(s) => (s.log.events[0].detail = 5), "log.events[0].detail: expected text, found number 5"],
      [(s) => (s.summary.ending = 5), "summary.ending: expected text, found number 5"],
      [(s) => (s.log.format = 2), "log.format: expected 1, found number 2"],
      [(s) => (s.log.events = {}), "log.events: expected a list, found an object"],
    ];
    expect((good.log.events[0] as { type: string }).type).toBe("meta");
    for (const [change, problem] of damage) {
      const save = structuredClone(good) as unknown as Damageable;
      change(save);
      const err = loadFailure(() => parseSave(JSON.stringify(save), "x.json"));
      expect(err.reason).toBe("shape");
      expect(err.message).toBe(`x.json is damaged: ${problem}`);
    }
    // The optional fields of a meta event may be present or absent.
    const withTurn = structuredClone(good) as unknown as Damageable;
    withTurn.log.events[0].toTurn = 0;
    withTurn.log.events[0].detail = "note";
    expect(parseSave(JSON.stringify(withTurn), "x.json").log.events[0]).toEqual(
      expect.objectContaining({ toTurn: 0, detail: "note" }),
    );
    expect(Object.keys(parseSave(goodText, "x.json").log.events[0] as object)).not.toContain("toTurn");
  });

  it("a 100 MB file is refused by its size before a byte is read", () => {
    const dir = tempDir();
    const file = join(dir, "huge.json");
    execFileSync("truncate", ["-s", "100M", file]);
    let reads = 0;
    const store = new SaveStore(dir, {
      story,
      fs: fsWith({
        readSync: (...args) => {
          reads++;
          return readFileSyncShim(...args);
        },
      }),
    });
    const started = Date.now();
    const err = loadFailure(() => store.read("huge"));
    expect(err.reason).toBe("too-large");
    expect(err.message).toMatch(/huge\.json is too large to be a save \(104857600 bytes/);
    expect(reads).toBe(0);
    expect(store.list()).toEqual([expect.objectContaining({ slot: "huge", ok: false, kind: "too-large" })]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(statSync(file).size).toBe(100 * 1024 * 1024);
  });

  it("deeply nested JSON is reported as damaged, not a crash", () => {
    const dir = tempDir();
    const depth = 200_000;
    writeFileSync(join(dir, "deep.json"), `${"[".repeat(depth)}${"]".repeat(depth)}`);
    writeFileSync(
      join(dir, "deep2.json"),
      goodText.replace('"state":', `"junk":${'{"a":'.repeat(5000)}1${"}".repeat(5000)},"state":`),
    );
    const store = new SaveStore(dir, { story });
    expect(loadFailure(() => store.read("deep")).reason).toBe("too-deep");
    expect(loadFailure(() => store.read("deep2")).reason).toBe("too-deep");
    expect(store.list().map((s) => [s.slot, s.ok])).toEqual([
      ["deep", false],
      ["deep2", false],
    ]);
  });

  it("a symlink where a slot should be is not followed for reading, and listed as refused", () => {
    const dir = tempDir();
    const outside = join(tempDir(), "real.json");
    writeFileSync(outside, goodText);
    symlinkSync(outside, join(dir, "linked.json"));
    const store = new SaveStore(dir, { story });
    expect(loadFailure(() => store.read("linked")).reason).toBe("symlink");
    expect(store.list()).toEqual([expect.objectContaining({ slot: "linked", ok: false, kind: "symlink" })]);
    expect(() => store.delete("linked")).toThrow(SaveWriteError);
    expect(readFileSync(outside, "utf8")).toBe(goodText);
  });
});

describe("slot names", () => {
  const bad = [
    "",
    "../x",
    "a/b",
    "..\\x",
    "/etc/passwd",
    ".",
    "..",
    ".hidden",
    "CON",
    "con",
    "NUL",
    "nul.txt",
    "COM1",
    "LPT9",
    "a\u0000b",
    "tab\there",
    "bell\u0007",
    "esc\u001b[31m",
    "x".repeat(65),
    "x".repeat(300),
    "trailing.",
    " padded",
    "c:drive",
    "star*",
  ];

  it.each(bad.map((n) => [JSON.stringify(n).slice(0, 40), n]))(
    "refuses %s everywhere, and no file appears",
    (_, name) => {
      const root = tempDir();
      const dir = join(root, "saves");
      const store = new SaveStore(dir, { story });
      expect(() => store.write(name, good)).toThrow(SlotNameError);
      expect(() => store.read(name)).toThrow(SlotNameError);
      expect(() => store.delete(name)).toThrow(SlotNameError);
      expect(() => store.rename(name, "ok")).toThrow(SlotNameError);
      expect(() => store.export(name, join(root, "out.json"))).toThrow(SlotNameError);
      expect(readdirSync(root)).toEqual([]);
    },
  );

  it("accepts ordinary names, with spaces, dots and letters beyond ASCII", () => {
    const dir = tempDir();
    const store = new SaveStore(dir, { story });
    for (const name of ["autosave", "Before the vortex", "ch1.v2", "Zefram's bar", "Бортовой журнал", "x".repeat(64)]) {
      store.write(name, good);
      expect(store.read(name).slot).toBe(name);
    }
  });
});

describe("export and import", () => {
  it("export over an existing file is refused unless --force", () => {
    const dir = tempDir();
    const store = new SaveStore(dir, { story });
    store.write("bridge", good);
    const target = join(tempDir(), "out.json");
    writeFileSync(target, "mine");
    expect(() => store.export("bridge", target)).toThrow(SlotExistsError);
    expect(readFileSync(target, "utf8")).toBe("mine");
    store.export("bridge", target, { force: true });
    expect(parseSave(readFileSync(target, "utf8"), target).summary.turns).toBe(2);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it("export never follows a symlink, even with --force", () => {
    const dir = tempDir();
    const store = new SaveStore(dir, { story });
    store.write("bridge", good);
    const outsideDir = tempDir();
    const precious = join(outsideDir, "precious.txt");
    writeFileSync(precious, "do not touch");
    const link = join(outsideDir, "out.json");
    symlinkSync(precious, link);
    expect(() => store.export("bridge", link)).toThrow(SlotExistsError);
    expect(() => store.export("bridge", link, { force: true })).toThrow(expect.objectContaining({ reason: "symlink" }));
    expect(readFileSync(precious, "utf8")).toBe("do not touch");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("import checks the file like a slot, and refuses to replace a slot unless forced", () => {
    const dir = tempDir();
    const store = new SaveStore(dir, { story });
    const file = join(tempDir(), "shared.json");
    writeFileSync(file, goodText);
    expect(store.import(file, "from-a-friend")).toBe("from-a-friend");
    expect(store.read("from-a-friend").slot).toBe("from-a-friend");
    expect(() => store.import(file, "from-a-friend")).toThrow(SlotExistsError);
    const evil = join(tempDir(), "evil.json");
    writeFileSync(evil, goodText.replace('"type":"text"', '"__proto__":{},"type":"text"'));
    expect(() => store.import(evil, "evil")).toThrow(SaveLoadError);
    expect(existsSync(join(dir, "evil.json"))).toBe(false);
  });
});

function readFileSyncShim(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) {
  return readSync(fd, buffer, offset, length, position);
}
