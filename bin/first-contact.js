#!/usr/bin/env node
// The game's launcher: everything lives in the built CLI.
import "../dist/cli.js";
