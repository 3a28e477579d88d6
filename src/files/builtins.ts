/**
 * Node's built-in modules that the title screen does not need, loaded on
 * first use. Imported statically, each would be loaded (its ESM face built
 * from every export) before the title is drawn; these are needed only once
 * a save is read or written, or a story built.
 *
 * Owns: the one place such a built-in is loaded. Node caches each, so a
 * later call costs a lookup.
 */
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

export const nodeCrypto = (): typeof import("node:crypto") => load("node:crypto");
export const nodeZlib = (): typeof import("node:zlib") => load("node:zlib");
export const nodeOs = (): typeof import("node:os") => load("node:os");
export const nodeV8 = (): typeof import("node:v8") => load("node:v8");
export const nodeChildProcess = (): typeof import("node:child_process") => load("node:child_process");
