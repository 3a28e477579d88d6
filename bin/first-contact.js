#!/usr/bin/env node
// The game's launcher: everything lives in the built game (dist/launch.cjs runs dist/cli.cjs).
// CommonJS (bin/package.json), so Node does not start its ES module loader for the game.
require("../dist/launch.cjs");
