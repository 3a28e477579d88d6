import { defineConfig } from "tsup";

// One bundle per entry, every dependency inlined, so the published package
// has no runtime dependencies and plays offline through npx.
export default defineConfig({
  entry: {
    cli: "src/cli/main.ts",
    "build-stories": "src/story-build/build.ts",
    "story-walk": "src/story-build/walk.ts",
  },
  format: ["esm"],
  platform: "node",
  target: "node20",
  splitting: true,
  clean: false,
  sourcemap: false,
  noExternal: [/.*/],
  banner: {
    js: "import { createRequire as __fcCreateRequire } from 'node:module'; const require = __fcCreateRequire(import.meta.url);",
  },
});
