/**
 * The title screen stays about as quick to appear as Node itself: it must
 * not load the ink runtime (or the story), which is the largest part of the
 * game. The game's bundle (dist/cli.cjs) requires the ink runtime from
 * dist/vendor/ only when a story is built; an import made static by mistake
 * would load it at start-up, or pull it into the bundle itself. So the built
 * CLI is run with a preloaded hook that records every file Node loads for
 * it, first with no saves and then with an autosave to offer Continue for.
 * Node's own stream modules are left out too where every standard stream
 * is a file or the null device (files/stdio.ts).
 */
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, cliEnv, repoRoot, runCli, tempDir } from "../support/cli.js";

const dir = tempDir("fc-imports-");
const hook = join(dir, "record-loads.cjs");
writeFileSync(
  hook,
  [
    'const { appendFileSync } = require("node:fs");',
    'const Module = require("node:module");',
    "const load = Module._load;",
    "Module._load = function (request, parent, isMain) {",
    "  if (process.env.FC_LOAD_LOG) {",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of the hook the child runs, a template literal in it.
    "    try { appendFileSync(process.env.FC_LOAD_LOG, `${Module._resolveFilename(request, parent, isMain)}\\n`); } catch {}",
    "  }",
    "  return load.apply(this, arguments);",
    "};",
  ].join("\n"),
);

/** The files under dist/ that a run of the CLI loads (dist/cli.cjs is run by the launcher, so it is added when the launcher is loaded). */
async function loaded(args: string[], input: string, saveDir: string): Promise<{ files: string[]; stdout: string }> {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, "");
  const r = await runCli(args, {
    input,
    env: {
      FIRST_CONTACT_SAVE_DIR: saveDir,
      FC_LOAD_LOG: log,
      NODE_OPTIONS: `--require=${hook}`,
    },
  });
  expect(r.code, r.stderr).toBe(0);
  const dist = join(repoRoot, "dist");
  const files = readFileSync(log, "utf8")
    .split("\n")
    .filter((f) => f.startsWith(dist))
    .map((f) => f.slice(dist.length + 1));
  if (files.includes("launch.cjs")) files.push("cli.cjs");
  return { files: [...new Set(files)], stdout: r.stdout };
}

const inkRuntime = (file: string) => readFileSync(join(repoRoot, "dist", file), "utf8").includes("ContinueInternal");

describe("the title screen", () => {
  it("does not load the ink runtime, with or without a game to continue", async () => {
    const saveDir = tempDir("fc-saves-");
    const fresh = await loaded(["--plain"], "", saveDir);
    expect(fresh.stdout).toContain("1) New game");
    expect(fresh.files.length).toBeGreaterThan(0);
    expect(fresh.files.filter(inkRuntime)).toEqual([]);

    // Play one turn so there is an autosave (this run loads the runtime, of course).
    const played = await loaded(["--plain"], "1\n1\n", saveDir);
    expect(played.files.some(inkRuntime)).toBe(true);

    const title = await loaded(["--plain"], "", saveDir);
    expect(title.stdout).toContain("1) Continue");
    expect(title.files.filter(inkRuntime)).toEqual([]);
  });
});

describe("the title screen's input and output", () => {
  it("loads none of Node's stream modules when its input is the null device and its output goes to files", () => {
    const modules = join(dir, "modules.txt");
    const recordModules = join(dir, "record-modules.cjs");
    writeFileSync(
      recordModules,
      `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(modules)}, process.moduleLoadList.join("\\n")));`,
    );
    const outFile = join(dir, "title.txt");
    const errFile = join(dir, "title-errors.txt");
    const out = openSync(outFile, "w");
    const err = openSync(errFile, "w");
    const r = spawnSync(process.execPath, [bin, "--plain"], {
      stdio: ["ignore", out, err],
      env: cliEnv({ FIRST_CONTACT_SAVE_DIR: tempDir("fc-saves-"), NODE_OPTIONS: `--require=${recordModules}` }),
    });
    closeSync(out);
    closeSync(err);
    expect(r.status, readFileSync(errFile, "utf8")).toBe(0);
    expect(readFileSync(outFile, "utf8")).toContain("1) New game");
    const streamModules = readFileSync(modules, "utf8")
      .split("\n")
      // Node's own start loads internal/streams/utils; the streams themselves come with process.stdin and stdout.
      .filter((m) =>
        /^NativeModule (stream|internal\/streams\/(readable|writable|duplex)|internal\/fs\/(streams|promises)|net|tty)$/.test(
          m,
        ),
      );
    expect(streamModules).toEqual([]);
  });
});
