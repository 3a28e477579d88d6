/**
 * `first-contact verify [STORY] [--from KNOT] [--json] [--runs N]`: proves a
 * story has no dead ends, unreachable content, unreached endings or runtime
 * errors by taking every choice.
 *
 * Owns: argument parsing, loading the story (a built story id, a `.ink` file
 * or a compiled `.json`), the progress bar on stderr, and printing the
 * report. The exploration itself is src/verify; this file only does I/O.
 * Returns the exit code: 0 clean, 1 problems found, 2 usage or load error.
 */

import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findBuiltStory, StoryNotFoundError } from "../app/catalog.js";
import { InkCompileError, isStoryFile, StoryFileError, storyFromFile } from "../app/story-file.js";
import type { OutputStream } from "../files/stdio.js";
import { inkFilesInOrder } from "../story-build/manifest.js";
import { formatSeconds } from "../text/time.js";
import { formatReport } from "../verify/format.js";
import { indexSources } from "../verify/source-index.js";
import type { VerifyOptions, VerifyProgress } from "../verify/types.js";
import { verifyStory } from "../verify/verify.js";
import { parseOptions } from "./args.js";
import { COMMANDS, usage } from "./usage.js";

export interface VerifyIo {
  stdout: OutputStream;
  stderr: OutputStream;
}

interface Loaded {
  json: string;
  label: string;
  options: Pick<VerifyOptions, "compilerStats" | "locate" | "functionNames">;
}

function sourceOptions(mainInk: string): Loaded["options"] {
  const files = inkFilesInOrder(mainInk).map((file) => ({ file, text: readFileSync(file, "utf8") }));
  const index = indexSources(files);
  return { locate: index.locate, functionNames: index.functions };
}

/** A story file through the game's one story loader, or a built story by id (with its sources when they are here). */
async function load(story: string): Promise<Loaded> {
  if (isStoryFile(story)) {
    const file = await storyFromFile(story);
    const options: Loaded["options"] = file.source ? sourceOptions(file.source) : {};
    if (file.stats) options.compilerStats = file.stats;
    return { json: file.json, label: story, options };
  }
  const built = findBuiltStory(story);
  if (!built)
    throw new StoryFileError(`no built story "${story}" (run npm run build), and it is not an .ink or .json path`);
  const options: Loaded["options"] = {};
  if (built.manifest.stats) options.compilerStats = built.manifest.stats;
  const sources = resolve("stories", story, "main.ink");
  if (existsSync(sources)) Object.assign(options, sourceOptions(sources));
  return { json: built.bundle().json, label: story, options };
}

/** A one-line progress bar, redrawn in place; shown only after a second. */
function progressBar(stream: OutputStream, started: number): { update(p: VerifyProgress): void; done(): void } {
  let shown = false;
  return {
    update(p) {
      if (!stream.isTTY || Date.now() - started < 1000) return;
      shown = true;
      const width = 24;
      const frac = p.fraction;
      const filled = Math.max(0, Math.min(width, Math.round(frac * width)));
      const bar = `${"#".repeat(filled)}${"-".repeat(width - filled)}`;
      const what =
        p.phase === "runs"
          ? `random runs ${p.runsDone}/${p.runsTotal}`
          : `${Math.floor(p.fraction * 100)}% of choices taken, ${p.states} states${p.fraction >= 1 ? " (checking combinations)" : ""}`;
      stream.write(`\r[${bar}] ${what}, ${formatSeconds(p.elapsedMs)}\u001b[K`);
    },
    done() {
      if (shown) stream.write("\r\u001b[K");
    },
  };
}

export async function verifyCommand(args: string[], io: VerifyIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    io.stderr.write(`first-contact verify: ${err instanceof Error ? err.message : String(err)}\n${usage("verify")}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(usage("verify"));
    return 0;
  }
  if (positionals.length > 1) {
    io.stderr.write(`first-contact verify: one story at a time (got ${positionals.join(", ")})\n`);
    return 2;
  }
  const runs = values.runs != null ? Number(values.runs) : 200;
  if (!Number.isInteger(runs) || runs < 0) {
    io.stderr.write(`first-contact verify: --runs takes a whole number, not "${values.runs}"\n`);
    return 2;
  }
  let loaded: Loaded;
  try {
    loaded = await load(positionals[0] ?? "first-contact");
  } catch (err) {
    if (!(err instanceof StoryFileError || err instanceof InkCompileError || err instanceof StoryNotFoundError))
      throw err;
    io.stderr.write(`first-contact verify: ${err.message}\n`);
    return 2;
  }
  const bar = progressBar(io.stderr, Date.now());
  let report: ReturnType<typeof verifyStory>;
  try {
    report = verifyStory(loaded.json, {
      ...loaded.options,
      ...(values.from ? { from: values.from } : {}),
      runs,
      onProgress: (p) => bar.update(p),
    });
  } finally {
    bar.done();
  }
  if (values.json) io.stdout.write(`${JSON.stringify({ story: loaded.label, ...report }, null, 2)}\n`);
  else io.stdout.write(`${loaded.label}\n${formatReport(report)}`);
  return report.ok ? 0 : 1;
}

function parse(args: string[]) {
  return parseOptions(args, COMMANDS.verify.options);
}
