import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// One ESM bundle with every dependency inlined, so the published package has
// no runtime dependencies and plays offline through npx. Code splitting keeps
// the first chunk small: the story engine, enquirer and the commands load
// when first needed, after the title screen is on screen.
export default defineConfig({
  entry: {
    cli: "src/cli/main.ts",
    "build-stories": "src/story-build/build.ts",
  },
  format: ["esm"],
  platform: "node",
  target: "node20",
  splitting: true,
  clean: true,
  minify: true,
  sourcemap: false,
  noExternal: [/.*/],
  define: { __GAME_VERSION__: JSON.stringify(pkg.version) },
  banner: {
    js: "import { createRequire as __fcCreateRequire } from 'node:module'; const require = __fcCreateRequire(import.meta.url);",
  },
});
