#!/usr/bin/env node
// Which choices change something beyond their own scene, read from the ink
// sources: the share a writer can hold a chapter to, and the list of the
// choices that change nothing later.
//
//   node scripts/consequences.mjs [stories/first-contact] [--list]
//
// A scene is a knot or one of its stitches. A choice (`*` or `+`) counts as
// having a consequence beyond its scene when its own body (down to the next
// choice or gather at its depth):
//   - assigns a global (directly, or through a function whose body assigns
//     one) that a line in another scene reads, not counting `entry_*` knots,
//     whose presets stand in for earlier chapters; or
//   - sets a temporary that another knot reads (passed on as a parameter of
//     the same name); or
//   - carries a label `(name)` that another scene tests (`stitch.name`);
//   - or diverts to a knot or stitch that none of its sibling choices
//     diverts to (it sends the player somewhere the others do not).
// A reset such as `~ x = 0` at a chapter's opening is not a read. This is a
// reading of the source, not of play: a read in another knot is counted even
// when it only picks words. It is a guide, not a proof.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ options: { list: { type: "boolean" } }, allowPositionals: true });
const dir = positionals[0] ?? "stories/first-contact";
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ink"))
  .sort();

/** Every source line with its file, knot and stitch. */
const lines = [];
for (const file of files) {
  let knot = "";
  let stitch = "";
  let fn = false;
  for (const raw of readFileSync(join(dir, file), "utf8").split("\n")) {
    const text = raw.replace(/\/\/.*$/, "");
    const k = /^\s*={2,}\s*(function\s+)?(\w+)/.exec(text);
    if (k) {
      knot = k[2];
      stitch = "";
      fn = Boolean(k[1]);
    } else {
      const s = /^\s*=\s*(\w+)\s*(\(.*\))?\s*$/.exec(text);
      if (s) stitch = s[1];
    }
    lines.push({ file, knot, stitch, fn, text, scene: `${knot}.${stitch}` });
  }
}

// Globals, and what each function assigns.
const globals = new Set();
for (const l of lines) {
  const m = /^\s*(?:VAR|LIST)\s+(\w+)/.exec(l.text);
  if (m) globals.add(m[1]);
}
const assignedIn = (text) => {
  const out = new Set();
  for (const m of text.matchAll(/~\s*(\w+)\s*(?:=[^=]|\+\+|--|\+=|-=)/g)) if (globals.has(m[1])) out.add(m[1]);
  return out;
};
const fnAssigns = new Map();
for (const l of lines) {
  if (!l.fn) continue;
  const set = fnAssigns.get(l.knot) ?? new Set();
  for (const g of assignedIn(l.text)) set.add(g);
  fnAssigns.set(l.knot, set);
}
// A function calling another function assigns what that one does (one level is enough here).
for (const l of lines) {
  if (!l.fn) continue;
  for (const m of l.text.matchAll(/(\w+)\s*\(/g)) {
    for (const g of fnAssigns.get(m[1]) ?? []) fnAssigns.get(l.knot)?.add(g);
  }
}

/** Knots where a global is read (a mention that is not the target of an assignment). */
const readIn = new Map();
for (const l of lines) {
  if (l.knot.startsWith("entry_") || l.fn) continue;
  const text = l.text.replace(/~\s*(\w+)\s*=(?!=)/g, (_, g) => (globals.has(g) ? "~ " : `~ ${g} =`));
  for (const m of text.matchAll(/\b(\w+)\b/g)) {
    if (!globals.has(m[1])) continue;
    if (/^\s*(VAR|LIST)\b/.test(l.text)) continue;
    const set = readIn.get(m[1]) ?? new Set();
    set.add(l.scene);
    readIn.set(m[1], set);
  }
}
// Reads inside functions count for the knots that call them.
for (const l of lines) {
  if (l.knot.startsWith("entry_") || l.fn) continue;
  for (const m of l.text.matchAll(/(\w+)\s*\(/g)) {
    const fnLines = lines.filter((x) => x.fn && x.knot === m[1]);
    for (const x of fnLines) {
      for (const w of x.text.matchAll(/\b(\w+)\b/g)) {
        if (!globals.has(w[1]) || assignedIn(x.text).has(w[1])) continue;
        const set = readIn.get(w[1]) ?? new Set();
        set.add(l.scene);
        readIn.set(w[1], set);
      }
    }
  }
}

// Choices and their bodies.
const choices = [];
let braces = 0;
for (let i = 0; i < lines.length; i++) {
  const l = lines[i];
  if (l.fn || l.knot.startsWith("entry_") || !l.knot) {
    braces = 0;
    continue;
  }
  const m = braces === 0 ? /^\s*((?:[*+]\s*)+)(\((\w+)\))?/.exec(l.text) : null;
  if (m) {
    const depth = m[1].replace(/\s/g, "").length;
    const body = [l.text];
    let b = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const x = lines[j];
      if (x.knot !== l.knot || x.stitch !== l.stitch) break;
      if (b === 0) {
        const c = /^\s*((?:[*+]\s*)+)/.exec(x.text);
        if (c && c[1].replace(/\s/g, "").length <= depth) break;
        const g = /^\s*((?:-\s*)+)(?!>)/.exec(x.text);
        if (g && g[1].replace(/\s/g, "").length <= depth) break;
      }
      body.push(x.text);
      for (const ch of x.text) b += ch === "{" ? 1 : ch === "}" ? -1 : 0;
      if (b < 0) b = 0;
    }
    choices.push({ ...l, depth, label: m[3] ?? null, body: body.join("\n"), line: i });
  }
  for (const ch of l.text) braces += ch === "{" ? 1 : ch === "}" ? -1 : 0;
  if (braces < 0) braces = 0;
}

const targetsOf = (body) =>
  new Set([...body.matchAll(/->\s*([\w.]+)/g)].map((m) => m[1]).filter((t) => t !== "DONE" && t !== "END"));
const results = [];
for (const c of choices) {
  const why = [];
  const assigned = assignedIn(c.body);
  for (const m of c.body.matchAll(/~\s*(\w+)\s*\(/g)) for (const g of fnAssigns.get(m[1]) ?? []) assigned.add(g);
  for (const g of assigned) {
    const scenes = [...(readIn.get(g) ?? [])].filter((k) => k !== c.scene);
    if (scenes.length) {
      why.push(`sets ${g}, read in ${scenes.slice(0, 3).join(", ")}`);
      break;
    }
  }
  // A temporary passed on to another scene (as a knot's or stitch's parameter of the same name).
  if (!why.length) {
    for (const m of c.body.matchAll(/~\s*(\w+)\s*(?:=[^=]|\+\+|--)/g)) {
      if (globals.has(m[1])) continue;
      const re = new RegExp(`\\b${m[1]}\\b`);
      const other = lines.find((x) => x.scene !== c.scene && x.knot !== c.knot && !x.fn && re.test(x.text));
      if (other) {
        why.push(`sets ${m[1]}, passed on to ${other.scene}`);
        break;
      }
    }
  }
  if (c.label) {
    const re = new RegExp(`\\b${c.stitch ? `${c.stitch}\\.` : ""}${c.label}\\b`);
    const other = lines.find((x) => x.scene !== c.scene && !x.knot.startsWith("entry_") && re.test(x.text));
    if (other) why.push(`${c.label} is tested in ${other.scene}`);
  }
  results.push({ c, why, targets: targetsOf(c.body) });
}
// Diverts that go where no sibling goes.
for (const r of results) {
  if (!r.targets.size) continue;
  const siblings = results.filter(
    (s) =>
      s !== r &&
      s.c.knot === r.c.knot &&
      s.c.stitch === r.c.stitch &&
      s.c.depth === r.c.depth &&
      Math.abs(s.c.line - r.c.line) < 80,
  );
  const elsewhere = new Set(siblings.flatMap((s) => [...s.targets]));
  const own = [...r.targets].filter((t) => !elsewhere.has(t) && (!r.c.stitch || !t.startsWith(r.c.stitch)));
  if (own.length && siblings.length) r.why.push(`goes to ${own[0]}`);
}

const byFile = new Map();
for (const r of results) {
  const f = byFile.get(r.c.file) ?? { all: 0, later: 0 };
  f.all++;
  if (r.why.length) f.later++;
  byFile.set(r.c.file, f);
}
const all = results.length;
const later = results.filter((r) => r.why.length).length;
console.log(
  `${dir}: ${later} of ${all} choices (${Math.round((100 * later) / all)}%) change something beyond their scene`,
);
for (const [file, f] of byFile)
  console.log(
    `  ${file.padEnd(24)} ${String(f.later).padStart(4)} of ${String(f.all).padStart(4)} (${Math.round((100 * f.later) / f.all)}%)`,
  );
if (values.list) {
  console.log("\nChoices that change nothing beyond their scene:");
  for (const r of results)
    if (!r.why.length)
      console.log(`  ${r.c.file} ${r.c.knot}${r.c.stitch ? `.${r.c.stitch}` : ""}: ${r.c.text.trim().slice(0, 100)}`);
}
