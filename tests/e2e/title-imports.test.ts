/**
 * The title screen stays about as quick to appear as Node itself: it must
 * not load the ink runtime (or the story), which is the largest part of the
 * bundle. A chunk regrouping by the bundler can pull it in silently, so the
 * built CLI is run with a module hook that records every file it loads,
 * first with no saves and then with an autosave to offer Continue for.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli, tempDir } from "../support/cli.js";

const dir = tempDir("fc-imports-");
const hooks = join(dir, "hooks.mjs");
writeFileSync(
  hooks,
  [
    'import { appendFileSync } from "node:fs";',
    "export async function load(url, context, next) {",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of the loader the child runs, a template literal in it.
    "  if (process.env.FC_LOAD_LOG) appendFileSync(process.env.FC_LOAD_LOG, `${url}\\n`);",
    "  return next(url, context);",
    "}",
  ].join("\n"),
);
const register = join(dir, "register.mjs");
writeFileSync(
  register,
  `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
);

/** The files under dist/ that a run of the CLI loads. */
async function loaded(args: string[], input: string, saveDir: string): Promise<{ files: string[]; stdout: string }> {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, "");
  const r = await runCli(args, {
    input,
    env: {
      FIRST_CONTACT_SAVE_DIR: saveDir,
      FC_LOAD_LOG: log,
      NODE_OPTIONS: `--import=${pathToFileURL(register).href}`,
    },
  });
  expect(r.code, r.stderr).toBe(0);
  const dist = pathToFileURL(join(repoRoot, "dist")).href;
  const files = readFileSync(log, "utf8")
    .split("\n")
    .filter((u) => u.startsWith(dist))
    .map((u) => u.slice(dist.length + 1));
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
