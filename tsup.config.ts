import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/**
 * `import process from "node:process"` (chalk's colour detection does it)
 * becomes the global `process`: importing the built-in builds its ESM face
 * from every property of process, a few milliseconds before the title screen.
 */
const processGlobal: Plugin = {
  name: "process-global",
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, () => ({ path: "process", namespace: "process-global" }));
    build.onLoad({ filter: /.*/, namespace: "process-global" }, () => ({
      contents: "export default globalThis.process;",
      loader: "js",
    }));
  },
};

// One ESM bundle with every dependency inlined, so the published package has
// no runtime dependencies and plays offline through npx. Code splitting keeps
// the first chunk small: the story engine, enquirer and the commands load
// when first needed, after the title screen is on screen.
export default defineConfig({
  entry: {
    cli: "src/cli/entry.ts",
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
  // Built-ins keep their node: prefix (tsup would otherwise mark node:process external before the plugin sees it).
  removeNodeProtocol: false,
  esbuildPlugins: [processGlobal],
  banner: {
    js: "import { createRequire as __fcCreateRequire } from 'node:module'; const require = __fcCreateRequire(import.meta.url);",
  },
});
