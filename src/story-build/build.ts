/**
 * Build step: compiles every `stories/<id>/main.ink` into `dist/stories/<id>.json`
 * with a manifest beside it (`<id>.manifest.json`: id, title, chapters,
 * content hash, compiler stats) and its choice map (`<id>.paths.json`).
 *
 * Owns: the story build and its console report. Exits non-zero when any story
 * has a compile error, so `npm run build` (and therefore `npm test`) fails.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { choiceMap } from "./choices.js";
import { formatDiagnostic } from "./compile.js";
import { buildStory } from "./manifest.js";

function main(): number {
  const root = resolve(process.argv[2] ?? "stories");
  const out = resolve(process.argv[3] ?? "dist/stories");
  mkdirSync(out, { recursive: true });
  let failed = 0;
  const ids = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const id of ids) {
    const dir = join(root, id);
    const built = buildStory(dir, id);
    for (const d of built.result.diagnostics) {
      const file = d.file ? join("stories", id, d.file) : join("stories", id, "main.ink");
      process.stderr.write(`${formatDiagnostic({ ...d, file })}\n`);
    }
    if (!built.manifest || !built.result.json) {
      failed++;
      process.stderr.write(`story ${id}: build failed\n`);
      continue;
    }
    writeFileSync(join(out, `${id}.json`), built.result.json);
    writeFileSync(join(out, `${id}.manifest.json`), `${JSON.stringify(built.manifest, null, 2)}\n`);
    // The choice map, read only by the Paths screen: kept out of the manifest the title screen reads.
    writeFileSync(join(out, `${id}.paths.json`), JSON.stringify(choiceMap(built.result.json, join(dir, "main.ink"))));
    const s = built.manifest.stats;
    process.stdout.write(
      `story ${id}: ${s.words} words, ${s.choices} choices, ${s.knots} knots, ${s.stitches} stitches, ${built.manifest.chapters.length} chapters, hash ${built.manifest.hash.slice(0, 12)}\n`,
    );
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
