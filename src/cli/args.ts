/**
 * Reading command-line arguments against a table of options.
 *
 * Owns: the one parser every command uses, and the words of its complaints
 * (one short line each: "unknown option --bogus", "--width needs a value").
 * A string option takes the next argument as its value even when that value
 * starts with a dash (`--width -5` is a bad width, not a missing one), or the
 * `--name=value` form. Options may stand anywhere among the positionals; `--`
 * ends them. The options themselves are in the one table, usage.ts. Imports nothing else, so the title screen's start-up stays quick.
 */
import { type OptionSpec, type OptionTable, UsageError } from "./usage.js";

/** Parsed values: `true` for a boolean given, the text for a string given, absent when not given. */
type OptionValues<T extends OptionTable> = {
  [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : string;
};

export interface Parsed<T extends OptionTable> {
  values: OptionValues<T>;
  positionals: string[];
}

/**
 * Parses `args` against `table`. Throws UsageError for an unknown option, a
 * string option without its value, a value given to a boolean option, or an
 * option given twice with different values.
 */
export function parseOptions<T extends OptionTable>(args: readonly string[], table: T): Parsed<T> {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const byShort = new Map(
    Object.entries(table)
      .filter(([, spec]) => spec.short)
      .map(([name, spec]) => [spec.short as string, name]),
  );
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (!Object.hasOwn(table, name)) throw new UsageError(`unknown option --${name}`);
    } else {
      name = byShort.get(arg.slice(1, 2));
      if (!name || arg.length > 2) throw new UsageError(`unknown option ${arg}`);
    }
    const spec = table[name] as OptionSpec;
    const shown = arg.startsWith("--") ? `--${name}` : arg;
    let value: string | boolean;
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`${shown} takes no value`);
      value = true;
    } else if (inline !== undefined) {
      value = inline;
    } else {
      const next = args[i + 1];
      if (next === undefined) throw new UsageError(`${shown} needs a value`);
      value = next;
      i++;
    }
    if (values[name] !== undefined && values[name] !== value) throw new UsageError(`${shown} is given twice`);
    values[name] = value;
  }
  return { values: values as OptionValues<T>, positionals };
}

/** Parses a whole number of columns for --width (0 means no wrapping); throws UsageError otherwise. */
export function parseWidth(text: string): number {
  const n = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n > 1000) {
    throw new UsageError(`--width takes a whole number of columns from 0 (no wrapping) to 1000, not "${text}"`);
  }
  return n;
}
