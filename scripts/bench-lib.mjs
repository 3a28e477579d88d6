/**
 * The game's own modules for a benchmark script, bundled from src with
 * esbuild (as the build bundles them, one file, inkjs and the rest inlined)
 * into .cache/<name>/bundle.mjs. A benchmark names what it needs by its
 * source path, not by a built chunk's name, which the bundler chooses.
 *
 *   const path = bundleForBench("bench", ['export { Session } from "./src/log/index.ts";']);
 *   const { Session } = await import(pathToFileURL(path).href);
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

export const root = fileURLToPath(new URL("..", import.meta.url));

/** Bundles `exports` (lines of `export ... from "./src/..."`, from the repository's root); returns the bundle's path. */
export function bundleForBench(name, exports) {
  const outDir = join(root, ".cache", name);
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, "bundle.mjs");
  buildSync({
    stdin: { contents: exports.join("\n"), resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "error",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}
