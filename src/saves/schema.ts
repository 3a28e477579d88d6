/**
 * A small schema checker for data read from disk.
 *
 * Owns: turning an untrusted parsed JSON value into a typed value or a
 * ShapeProblem naming the first field that is wrong. Checkers build fresh
 * objects holding only the fields they know, so unknown keys never travel
 * further into the game. Recursion follows the schema, never the data, so a
 * hostile file cannot make it run deep.
 */

/** The first problem found, with the field's path (`log.events[3].turn`). */
export class ShapeProblem extends Error {
  override name = "ShapeProblem";
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || "the file"}: ${problem}`);
  }
}

export type Check<T> = (value: unknown, path: string) => T;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

export const str: Check<string> = (v, path) => {
  if (typeof v !== "string") throw new ShapeProblem(path, `expected text, found ${describe(v)}`);
  return v;
};

export const num: Check<number> = (v, path) => {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new ShapeProblem(path, `expected a number, found ${describe(v)}`);
  return v;
};

/** A whole number at or above zero. */
export const count: Check<number> = (v, path) => {
  const n = num(v, path);
  if (!Number.isInteger(n) || n < 0) throw new ShapeProblem(path, `expected a whole number, found ${n}`);
  return n;
};

export function literal<T extends string | number>(...allowed: T[]): Check<T> {
  return (v, path) => {
    if (!allowed.includes(v as T)) {
      throw new ShapeProblem(
        path,
        `expected ${allowed.map((a) => JSON.stringify(a)).join(" or ")}, found ${describe(v)}`,
      );
    }
    return v as T;
  };
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, path) => (v === null ? null : check(v, path));
}

export function list<T>(check: Check<T>): Check<T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) throw new ShapeProblem(path, `expected a list, found ${describe(v)}`);
    const out: T[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = check(v[i], `${path}[${i}]`);
    return out;
  };
}

type Fields = Record<string, Check<unknown>>;
type Out<F extends Fields> = { [K in keyof F]: F[K] extends Check<infer T> ? T : never };

/** Reads `value` as a plain object (never an array). */
export function asRecord(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ShapeProblem(path, `expected an object, found ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/**
 * An object with `required` fields and `optional` ones (absent or undefined
 * stays absent). Unknown fields are dropped.
 */
export function object<R extends Fields, O extends Fields = Record<never, never>>(
  required: R,
  optional?: O,
): Check<Out<R> & Partial<Out<O>>> {
  return (v, path) => {
    const rec = asRecord(v, path);
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(required)) {
      if (!Object.hasOwn(rec, key)) throw new ShapeProblem(path ? `${path}.${key}` : key, "missing");
      out[key] = check(rec[key], path ? `${path}.${key}` : key);
    }
    for (const [key, check] of Object.entries(optional ?? {})) {
      if (Object.hasOwn(rec, key) && rec[key] !== undefined) out[key] = check(rec[key], path ? `${path}.${key}` : key);
    }
    return out as Out<R> & Partial<Out<O>>;
  };
}

/** One of several object shapes, chosen by the string in field `tag`. */
export function tagged<T>(tag: string, shapes: Record<string, Check<T>>): Check<T> {
  return (v, path) => {
    const rec = asRecord(v, path);
    const kind = rec[tag];
    const check = typeof kind === "string" && Object.hasOwn(shapes, kind) ? shapes[kind] : undefined;
    if (!check) {
      throw new ShapeProblem(
        `${path}.${tag}`,
        `expected one of ${Object.keys(shapes).join(", ")}, found ${describe(kind)}`,
      );
    }
    return check(rec, path);
  };
}
