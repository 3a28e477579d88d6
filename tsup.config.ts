import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const resolvePackage = createRequire(import.meta.url).resolve;

/**
 * The large libraries the title screen never runs, each built into a file
 * of its own under dist/vendor/ and required from the game's bundle the
 * first time it is needed: the ink runtime, the ink compiler, the
 * verifier's door into inkjs's engine classes (src/verify/ink-internals.ts,
 * which imports nothing of the game's own, so no module of the game is in
 * two files), enquirer and wrap-ansi.
 */
const VENDOR: Record<string, string> = {
  inkjs: resolvePackage("inkjs"),
  "ink-full": resolvePackage("inkjs/full"),
  "ink-internals": "src/verify/ink-internals.ts",
  enquirer: resolvePackage("enquirer"),
  // enquirer's colours: one copy, shared by enquirer and the rich renderer, which switches it off with ours.
  "ansi-colors": resolvePackage("ansi-colors"),
  "wrap-ansi": "node_modules/wrap-ansi/index.js",
};
const VENDOR_BY_SPECIFIER: Record<string, string> = {
  inkjs: "inkjs",
  "inkjs/full": "ink-full",
  "./ink-internals.js": "ink-internals",
  "../verify/ink-internals.js": "ink-internals",
  enquirer: "enquirer",
  "ansi-colors": "ansi-colors",
  "wrap-ansi": "wrap-ansi",
};

/** ES module libraries whose default export the game imports: required, their default is taken out (Node's require gives the namespace). */
const VENDOR_DEFAULT = new Set(["wrap-ansi"]);

/** Points the game's imports of the vendor libraries at their files in dist/vendor/. */
const vendorFiles: Plugin = {
  name: "vendor-files",
  setup(build) {
    build.onResolve(
      { filter: /^(inkjs|inkjs\/full|enquirer|ansi-colors|wrap-ansi|.*\/ink-internals\.js)$/ },
      (args) => {
        const vendor = VENDOR_BY_SPECIFIER[args.path];
        if (!vendor) throw new Error(`${args.importer} imports ${args.path}: name it in VENDOR_BY_SPECIFIER`);
        if (VENDOR_DEFAULT.has(vendor)) return { path: vendor, namespace: "vendor-default" };
        return { path: `./vendor/${vendor}.cjs`, external: true };
      },
    );
    build.onLoad({ filter: /.*/, namespace: "vendor-default" }, (args) => ({
      contents: `module.exports = require("./vendor/${args.path}.cjs").default;`,
      loader: "js",
    }));
    build.onResolve({ filter: /^\.\/vendor\//, namespace: "vendor-default" }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

/** enquirer requires ansi-colors from its vendor file rather than a copy of its own (a switched-off copy would not switch off enquirer's). */
const sharedAnsiColors: Plugin = {
  name: "shared-ansi-colors",
  setup(build) {
    build.onResolve({ filter: /^ansi-colors$/ }, () => ({ path: "./ansi-colors.cjs", external: true }));
  },
};

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

/**
 * chalk's own colour detection (`#supports-color`) is replaced by "no
 * colour": the game decides the level itself (ui/style.ts `colorLevel`) and
 * only ever makes `new Chalk({ level })`. The detection loads node:tty, and
 * node:net with it, about 5 ms before the title when no stream is a terminal.
 */
const noColorDetection: Plugin = {
  name: "no-color-detection",
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: "supports-color",
      namespace: "no-color-detection",
    }));
    build.onLoad({ filter: /.*/, namespace: "no-color-detection" }, () => ({
      contents: "export default { stdout: false, stderr: false };",
      loader: "js",
    }));
  },
};

const common: Options = {
  format: ["cjs"],
  platform: "node",
  target: "node20",
  splitting: false,
  minify: true,
  sourcemap: false,
  noExternal: [/.*/],
  // Built-ins keep their node: prefix (tsup would otherwise mark node:process external before the plugin sees it).
  removeNodeProtocol: false,
  // Lazy imports become lazy requires: the game's bundle runs as a classic script (cli/launch.ts), where import() has no loader.
  esbuildOptions(options) {
    options.supported = { ...options.supported, "dynamic-import": false };
  },
};

// CommonJS, so that the launcher can run the game's bundle from a V8 code
// cache (cli/launch.ts): Node 20's ES module loader cannot, and costs about
// 20 ms before the title on its own. Every dependency is inlined, so the
// published package has no runtime dependencies and plays offline.
export default defineConfig([
  {
    ...common,
    entry: { cli: "src/cli/entry.ts", launch: "src/cli/launch.ts" },
    // The bundle's own folder, where the built stories sit beside it (app/catalog.ts).
    define: { __GAME_VERSION__: JSON.stringify(pkg.version), "import.meta.dirname": "__dirname" },
    esbuildPlugins: [vendorFiles, processGlobal, noColorDetection],
  },
  {
    ...common,
    entry: Object.fromEntries(Object.entries(VENDOR).map(([name, file]) => [`vendor/${name}`, file])),
    esbuildPlugins: [sharedAnsiColors],
    // An ES module's exports come out as getters; the verifier reads the ink classes in its hottest loops,
    // so they are copied into plain properties once (a CommonJS library's own exports are left as they are).
    footer: { js: "if (module.exports && module.exports.__esModule) module.exports = { ...module.exports };" },
  },
  {
    ...common,
    format: ["esm"],
    entry: { "build-stories": "src/story-build/build.ts" },
    banner: {
      js: "import { createRequire as __fcCreateRequire } from 'node:module'; const require = __fcCreateRequire(import.meta.url);",
    },
  },
]);
