/**
 * What one turn's write to the player's profile costs (the write that
 * records the turn's choice and lines as the player goes): the profile as
 * built, read, merged and written atomically, as the game does it.
 *
 *   node scripts/bench-profile.mjs   (src/saves/settings.ts bundled by bench-lib.mjs)
 *
 * Two profiles: one story with 4,000 lines read (about all of First
 * Contact's prose) and 300 choices; and the same beside another story at the
 * 50,000-line bound. Prints the median and 90th percentile of 40 turns each,
 * then of 40 reads of what the title screen reads (one story's chapters) and
 * of the story's whole part of the profile.
 */
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleForBench } from "./bench-lib.mjs";

const { SettingsStore } = await import(
  pathToFileURL(bundleForBench("bench-profile", ['export { SettingsStore } from "./src/saves/settings.ts";'])).href
);
const key = (n) => `k${String(n).padStart(10, "0")}`;

async function turns(label, bigStory) {
  const dir = mkdtempSync(join(tmpdir(), "fc-bench-profile-"));
  const store = new SettingsStore(dir);
  if (bigStory) await store.recordSeen("other", { lines: Array.from({ length: 50_000 }, (_, i) => key(i)) });
  await store.recordSeen("first-contact", {
    lines: Array.from({ length: 4000 }, (_, i) => key(100_000 + i)),
    choices: Array.from({ length: 300 }, (_, i) => `knot_${i}.0.c-${i}`),
  });
  const ms = [];
  for (let t = 0; t < 40; t++) {
    const start = performance.now();
    await store.recordSeen("first-contact", {
      lines: [key(200_000 + 2 * t), key(200_001 + 2 * t)],
      choices: [`k.${t}`],
    });
    ms.push(performance.now() - start);
  }
  const size = statSync(join(dir, "profile.json")).size;
  console.log(`${label.padEnd(44)} ${String(Math.round(size / 1024)).padStart(5)} KiB   ${spread(ms)}`);
  // What the title screen reads (the chapters alone) against what a screen of the whole profile reads.
  const reads = { chapters: [], story: [] };
  for (let t = 0; t < 40; t++) {
    for (const what of ["chapters", "story"]) {
      const start = performance.now();
      await store[what]("first-contact");
      reads[what].push(performance.now() - start);
    }
  }
  console.log(`${"  the title's read (its chapters)".padEnd(54)} ${spread(reads.chapters)}`);
  console.log(`${"  the story's whole part read".padEnd(54)} ${spread(reads.story)}`);
}

/** The median and 90th percentile of 40 times. */
function spread(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  return `median ${sorted[20].toFixed(1)} ms   p90 ${sorted[36].toFixed(1)} ms`;
}

console.log(`one turn's profile write, and the profile read, 40 times each (Node ${process.version})`);
await turns("one story, 4,000 lines read", false);
await turns("and another story at 50,000 lines", true);
