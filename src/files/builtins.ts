/**
 * Node's built-in modules that the title screen does not need, loaded on
 * first use. Imported statically, each would be loaded (its ESM face built
 * from every export) before the title is drawn; these are needed only once
 * a save is read or written, or a story built, or (tty) only where a
 * standard stream is a terminal, which has loaded it already.
 *
 * Owns: the one place such a built-in is loaded. Node caches each, so a
 * later call costs a lookup. `process.getBuiltinModule` (Node 20.16) loads
 * one without `node:module`'s createRequire, itself about 0.5 ms to load.
 */
export const nodeCrypto = () => process.getBuiltinModule("node:crypto");
export const nodeZlib = () => process.getBuiltinModule("node:zlib");
export const nodeOs = () => process.getBuiltinModule("node:os");
export const nodeV8 = () => process.getBuiltinModule("node:v8");
export const nodeTty = () => process.getBuiltinModule("node:tty");
export const nodeChildProcess = () => process.getBuiltinModule("node:child_process");
