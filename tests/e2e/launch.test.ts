/**
 * The launcher (src/cli/launch.ts) runs the game's bundle from a V8 code
 * cache. A cache V8 refuses is written again by every start that plays, so the tests
 * check that one written by a start is used by the next (its file is not
 * replaced), including after a game, which changes V8's flags as it builds
 * the story, and written once more by a start that reads a save when the
 * start that wrote it did not; that only a start that plays writes one; that a damaged cache
 * costs one start at most; that a folder
 * the cache cannot be written to changes nothing a player sees; and that the
 * bundle is ASCII, as the launcher reads it.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli, tempDir } from "../support/cli.js";

function cacheFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".v8"));
}

/** A start to the title screen and straight out (its input ends at once), with the cache in `cache`. */
function title(cache: string) {
  return runCli(["--plain"], { env: { FIRST_CONTACT_CACHE_DIR: cache, FIRST_CONTACT_SAVE_DIR: tempDir("fc-saves-") } });
}

describe("the launcher's code cache", () => {
  it("is written by the first start, once more by a start that reads a save it did not, then used, not replaced", async () => {
    const cache = tempDir("fc-cache-");
    const saves = tempDir("fc-saves-");
    const env = { FIRST_CONTACT_CACHE_DIR: cache, FIRST_CONTACT_SAVE_DIR: saves };
    // A game first: start-up ends when its story is built, and the cache is taken then, before V8's flags change.
    // With --new there is no title, and no save is read.
    const game = await runCli(["--plain", "--new"], { input: "1\n1\n", env });
    expect(game.code, game.stderr).toBe(0);
    const [file] = cacheFiles(cache);
    expect(file).toMatch(/^cli-.+\.v8$/);
    const path = join(cache, file as string);
    const written = statSync(path);
    expect(written.size).toBeGreaterThan(10_000);
    // Its last byte: how far into the title its start ran.
    expect(readFileSync(path).at(-1)).toBe(0);

    // The title reads that game's save at a glance, code the first start never ran: the cache is written again.
    const title = await runCli(["--plain"], { input: "", env });
    expect(title.stdout).toContain("1) Continue");
    const rewritten = statSync(path);
    expect(rewritten.ino).not.toBe(written.ino);
    expect(readFileSync(path).at(-1)).toBe(1);

    for (const input of ["", "1\n1\n"]) {
      const again = await runCli(["--plain"], { input, env });
      expect(again.code, again.stderr).toBe(0);
      expect(cacheFiles(cache)).toEqual([file]);
      // Refused or owed, it would have been written again: a new file renamed into place.
      expect(statSync(path).ino).toBe(rewritten.ino);
    }
    // A start that reads no save does not take it back.
    const empty = await runCli(["--plain"], { env: { ...env, FIRST_CONTACT_SAVE_DIR: tempDir("fc-saves-") } });
    expect(empty.code).toBe(0);
    expect(statSync(path).ino).toBe(rewritten.ino);
  });

  it("is written only by a start that plays: a command's start runs little of the title's code", async () => {
    const cache = tempDir("fc-cache-");
    const env = { FIRST_CONTACT_CACHE_DIR: cache, FIRST_CONTACT_SAVE_DIR: tempDir("fc-saves-") };
    for (const args of [["--version"], ["--help"], ["saves", "list"], ["nonsense"]]) {
      await runCli(args, { env });
      expect(cacheFiles(cache), args.join(" ")).toEqual([]);
    }
    const start = await title(cache);
    expect(start.stdout).toContain("New game");
    expect(cacheFiles(cache)).toHaveLength(1);
  });

  it("is replaced when it does not match, and only the newest few caches are kept", async () => {
    const cache = tempDir("fc-cache-");
    const first = await title(cache);
    expect(first.code).toBe(0);
    const [file] = cacheFiles(cache);
    // Not one of ours (no reach at its end) first; then one that ends like ours, which V8 itself refuses.
    writeFileSync(join(cache, file as string), "not a cache");
    expect((await title(cache)).code).toBe(0);
    expect(readFileSync(join(cache, file as string)).length).toBeGreaterThan(10_000);
    writeFileSync(join(cache, file as string), "not a cache\u0001");
    // Caches of six other builds (another install, older versions), the oldest first.
    const others = [1, 2, 3, 4, 5, 6].map((n) => `cli-${n}.0.0.${n}-abc.v8`);
    others.forEach((name, n) => {
      writeFileSync(join(cache, name), "another build's");
      utimesSync(join(cache, name), 1_000_000 + n, 1_000_000 + n);
    });
    const again = await title(cache);
    expect(again.stdout.trim()).toBe(first.stdout.trim());
    expect(readFileSync(join(cache, file as string)).length).toBeGreaterThan(10_000);
    expect(cacheFiles(cache).sort()).toEqual([file, ...others.slice(2)].sort());
  });

  it("costs at most one start when damaged: the next start drops it and writes it again", async () => {
    const cache = tempDir("fc-cache-");
    expect((await title(cache)).code).toBe(0);
    const [file] = cacheFiles(cache);
    const path = join(cache, file as string);
    // Damage it the way a failing disk might: bytes changed here and there, the length kept.
    const bytes = readFileSync(path);
    for (let i = 5000; i < bytes.length; i += 997) bytes[i] = (bytes[i] as number) ^ 0x5a;
    writeFileSync(path, bytes);
    // V8 does not check a cache's bytes: this start may end as V8 reads it (or V8 may refuse the cache).
    const damaged = await title(cache);
    if (damaged.code !== 0) expect(readdirSync(cache)).toContain(`${file}.loading`);
    const next = await title(cache);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain("New game");
    // A start that ended inside V8 said nothing of ours; the next one says what happened.
    if (damaged.code !== 0) expect(next.stderr).toMatch(/code cache, which may be damaged; the cache was removed/);
    else expect(next.stderr).toBe("");
    expect(readdirSync(cache).filter((f) => f.endsWith(".loading"))).toEqual([]);
    expect(readFileSync(path).equals(bytes)).toBe(false);
    const after = await title(cache);
    expect(after.code).toBe(0);
  });

  it("changes nothing the player sees when its folder cannot be written", async () => {
    const parent = tempDir("fc-cache-");
    const cache = join(parent, "cache");
    writeFileSync(cache, "a file where the folder would be");
    const saves = tempDir("fc-saves-");
    const blocked = await runCli(["--plain"], {
      input: "1\n1\n",
      env: { FIRST_CONTACT_CACHE_DIR: cache, FIRST_CONTACT_SAVE_DIR: saves },
    });
    const free = tempDir("fc-cache-");
    const saves2 = tempDir("fc-saves-");
    const normal = await runCli(["--plain"], {
      input: "1\n1\n",
      env: { FIRST_CONTACT_CACHE_DIR: free, FIRST_CONTACT_SAVE_DIR: saves2 },
    });
    expect(blocked.code).toBe(0);
    expect(blocked.stderr).toBe("");
    expect(blocked.stdout.replaceAll(saves, "SAVES")).toBe(normal.stdout.replaceAll(saves2, "SAVES"));
  });
});

describe("the game's bundle", () => {
  it("is ASCII, so the launcher can read it as latin1", () => {
    const bundle = readFileSync(join(repoRoot, "dist", "cli.cjs"));
    const wide = bundle.findIndex((b) => b > 0x7f);
    expect(wide, `a byte above 0x7f at ${wide}: ${bundle.subarray(Math.max(0, wide - 40), wide + 10).toString()}`).toBe(
      -1,
    );
  });
});
