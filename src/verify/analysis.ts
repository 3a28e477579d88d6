/**
 * Static analysis of a loaded story's content tree, done once before
 * exploration.
 *
 * Owns: the flow graph (one node per knot, stitch and the root), what each
 * node can read (visit counts, turn indices, globals, the random seed), how
 * each read visit count is used (so equal-behaving counts can share a state
 * key), and the inventories the report checks against: named containers,
 * choice points, declared `ending:` tags, functions and external functions.
 *
 * Soundness rule: when in doubt, a read is "exact" and an edge goes
 * everywhere it could; a coarser answer is only taken when the compiled code
 * proves it (see docs/verify.md).
 */
import { countWords } from "../text/words.js";
import {
  AbstractValue,
  AUTO_NAME,
  ChoicePoint,
  Cmd,
  Container,
  ControlCommand,
  Divert,
  DivertTargetValue,
  type InkObject,
  IntValue,
  NativeFunctionCall,
  type Path,
  PushPopType,
  privateVariables,
  type Story,
  StringValue,
  Tag,
  ValueType,
  VariableAssignment,
  VariablePointerValue,
  VariableReference,
} from "./ink-internals.js";
import { findTextOnlyReads } from "./text-only.js";

type NodeKind = "root" | "knot" | "stitch" | "function" | "global";

export interface FlowNode {
  id: number;
  /** `""` for the root, `knot` or `knot.stitch`. */
  name: string;
  kind: NodeKind;
  container: Container;
}

/** How a visit count is read: only `min(count, cap)` and `count mod mod` matter, or the exact count. */
export interface CountUse {
  exact: boolean;
  cap: number;
  mod: number;
}

interface ChoiceInfo {
  /** Path of the choice's content container (what taking it enters). */
  path: string;
  target: Container;
  node: number;
  text: string;
}

interface NamedInfo {
  path: string;
  kind: "knot" | "stitch" | "gather";
  container: Container;
  node: number;
}

interface ExternalInfo {
  name: string;
  hasFallback: boolean;
}

interface StaticStats {
  words: number;
  choices: number;
  knots: number;
  stitches: number;
  functions: number;
}

export interface Analysis {
  nodes: FlowNode[];
  nodeOf: Map<Container, number>;
  nodeByName: Map<string, number>;
  succ: number[][];
  countReads: Set<string>[];
  turnReads: Set<string>[];
  globalReads: Set<string>[];
  /** Globals assigned per node (`~ g = …`, and `VAR` declarations in the root). */
  globalWrites: Set<string>[];
  /** Globals read per node only in text-only places (not in globalReads). */
  globalTextReads: Set<string>[];
  /** Names read as variables per node (temporaries included): a temporary nobody can read is dead. */
  nameReads: Set<string>[];
  /** Globals whose value can still be read, per node, when execution resumes inside the node. */
  liveGlobals: Set<string>[];
  readsAllCounts: boolean[];
  readsAllTurns: boolean[];
  usesTurnIndex: boolean[];
  usesRandom: boolean[];
  countUse: Map<string, CountUse>;
  globals: string[];
  choices: ChoiceInfo[];
  named: NamedInfo[];
  /** `ending:` ids declared by static tags, with the path of the first line that carries each. */
  declaredEndings: Map<string, { path: string; node: number }>;
  functions: Set<string>;
  /** Globals, temporaries and counts read somewhere only in ways that can change the text alone (left out of the key). */
  textOnly: { reads: number; globals: string[] };
  externals: ExternalInfo[];
  entryKnots: string[];
  stats: StaticStats;
}

const COMPARISONS = new Set([">", ">=", "<", "<=", "==", "!="]);
const ENDING_TAG = /^\s*ending:\s*(\S(?:.*\S)?)\s*$/;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function mergeUse(map: Map<string, CountUse>, path: string, use: CountUse): void {
  const old = map.get(path);
  if (!old) {
    map.set(path, { ...use });
    return;
  }
  old.exact = old.exact || use.exact;
  old.cap = Math.max(old.cap, use.cap);
  if (use.mod > 0) old.mod = old.mod > 0 ? (old.mod * use.mod) / gcd(old.mod, use.mod) : use.mod;
}

const EXACT: CountUse = { exact: true, cap: 0, mod: 0 };
const sat = (cap: number): CountUse => ({ exact: false, cap, mod: 0 });

function intValue(o: unknown): number | null {
  return o instanceof IntValue ? Number(o.value) : null;
}

/** How the value pushed at `content[i]` (a visit count) is consumed by what follows it. */
function classifyCountUse(content: InkObject[], i: number): CountUse {
  const next = content[i + 1];
  const next2 = content[i + 2];
  const prev = content[i - 1];
  const k = intValue(next);
  if (k != null && next2 instanceof NativeFunctionCall && COMPARISONS.has(next2.name)) return sat(Math.max(0, k) + 1);
  const kp = intValue(prev);
  if (kp != null && next instanceof NativeFunctionCall && COMPARISONS.has(next.name)) return sat(Math.max(0, kp) + 1);
  if (next instanceof NativeFunctionCall && (next.name === "!" || next.name === "&&" || next.name === "||"))
    return sat(1);
  if (next instanceof ControlCommand && next.commandType === Cmd.EvalEnd) {
    if (next2 instanceof Divert && next2.isConditional) return sat(1);
    if (next2 instanceof ChoicePoint && next2.hasCondition) return sat(1);
  }
  return EXACT;
}

/** How a sequence's `visit` index is consumed: `visit N MIN` saturates, `visit N %` cycles. */
function classifyVisitUse(content: InkObject[], i: number): CountUse {
  const n = intValue(content[i + 1]);
  const op = content[i + 2];
  if (n != null && op instanceof NativeFunctionCall) {
    if (op.name === "MIN") return sat(Math.max(0, n) + 1);
    if (op.name === "%" && n > 0) return { exact: false, cap: 0, mod: n };
  }
  return EXACT;
}

function pathOf(o: InkObject): string {
  return o.path.toString();
}

function contentAtPath(story: Story, path: Path): InkObject | null {
  const r = story.mainContentContainer.ContentAtPath(path);
  return r.obj ?? r.container ?? null;
}

function containerOf(o: InkObject | null): Container | null {
  if (o == null) return null;
  if (o instanceof Container) return o;
  return o.parent && o.parent instanceof Container ? o.parent : null;
}

function childrenOf(c: Container): InkObject[] {
  const out = [...c.content];
  for (const v of c.namedContent.values()) if (v instanceof Container && !c.content.includes(v)) out.push(v);
  return out;
}

/** Analyses the story's content tree. `story` must be freshly loaded (globals declared). */
export function analyse(story: Story): Analysis {
  const main = story.mainContentContainer;
  if (!(main instanceof Container))
    throw new Error("analyse: the story was not loaded with loadStory (ink-internals.ts)");
  const globals = [...privateVariables(story.state.variablesState)._defaultGlobalVariables.keys()];
  const globalSet = new Set(globals);

  const nodes: FlowNode[] = [];
  const nodeOf = new Map<Container, number>();
  const nodeByName = new Map<string, number>();
  const addNode = (name: string, kind: NodeKind, container: Container): number => {
    const id = nodes.length;
    nodes.push({ id, name, kind, container });
    nodeByName.set(name, id);
    return id;
  };
  const rootId = addNode("", "root", main);

  // Assign every container to its flow node: knots are the root's named
  // containers, stitches the knots' named containers.
  const assign = (c: Container, node: number) => {
    nodeOf.set(c, node);
    for (const child of childrenOf(c)) if (child instanceof Container) assign(child, node);
  };
  nodeOf.set(main, rootId);
  for (const child of main.content) if (child instanceof Container) assign(child, rootId);
  const knotNames: string[] = [];
  for (const [name, child] of main.namedContent) {
    if (!(child instanceof Container) || main.content.includes(child)) continue;
    if (name === "global decl") {
      assign(child, addNode(name, "global", child));
      continue;
    }
    knotNames.push(name);
    const k = addNode(name, "knot", child);
    nodeOf.set(child, k);
    for (const c of child.content) if (c instanceof Container) assign(c, k);
    for (const [sname, s] of child.namedContent) {
      if (!(s instanceof Container) || child.content.includes(s)) continue;
      if (AUTO_NAME.test(sname)) {
        assign(s, k);
        continue;
      }
      assign(s, addNode(`${name}.${sname}`, "stitch", s));
    }
  }

  // Reads whose value can only change the words printed: left out of every
  // read set below, so they keep nothing in the state key.
  const functionBodies = new Set<Container>();
  const hasReturn = (c: Container): boolean =>
    c.content.some(
      (o) =>
        (o instanceof ControlCommand && o.commandType === Cmd.PopFunction) || (o instanceof Container && hasReturn(o)),
    );
  const findCalls = (c: Container) => {
    for (const o of childrenOf(c)) {
      if (o instanceof Container) findCalls(o);
      else if (
        o instanceof Divert &&
        o.targetPath &&
        o.pushesToStack &&
        o.stackPushType === PushPopType.Function &&
        o.targetPointer.container
      )
        functionBodies.add(o.targetPointer.container);
    }
  };
  findCalls(main);
  for (const name of knotNames) {
    const k = main.namedContent.get(name);
    if (k && k instanceof Container && hasReturn(k)) functionBodies.add(k);
  }
  // Text globals: globals that nothing reads as control. An assignment to one
  // (a chapter's text-only copy, `~ eva_pl = pro_listened`) is text too, so
  // what it reads is text-only; which can leave more globals with no control
  // read. Greatest fixpoint: start from every global and drop each one some
  // control read still reads, until none is dropped.
  let textGlobals = new Set(globals);
  let textOnly = findTextOnlyReads(main, functionBodies, textGlobals).reads;
  for (;;) {
    const control = controlReadGlobals(main, textOnly, globalSet);
    const next = new Set([...textGlobals].filter((g) => !control.has(g)));
    if (next.size === textGlobals.size) break;
    textGlobals = next;
    textOnly = findTextOnlyReads(main, functionBodies, textGlobals).reads;
  }
  const textOnlyGlobals = new Set<string>();
  const controlGlobals = new Set<string>();

  const n = () => nodes.length;
  const succSets: Set<number>[] = [];
  const countReads: Set<string>[] = [];
  const turnReads: Set<string>[] = [];
  const globalReads: Set<string>[] = [];
  const globalWrites: Set<string>[] = [];
  const globalTextReads: Set<string>[] = [];
  const nameReads: Set<string>[] = [];
  const readsAllCounts: boolean[] = [];
  const readsAllTurns: boolean[] = [];
  const usesTurnIndex: boolean[] = [];
  const usesRandom: boolean[] = [];
  const hasVariableDivert: boolean[] = [];
  // Edges that enter a node at its start (where its entry assignments run) and edges that land inside it.
  const entrySucc: Set<number>[] = [];
  const midSucc: Set<number>[] = [];
  for (let i = 0; i < n(); i++) {
    entrySucc.push(new Set());
    midSucc.push(new Set());
    succSets.push(new Set());
    countReads.push(new Set());
    turnReads.push(new Set());
    globalReads.push(new Set());
    globalWrites.push(new Set());
    globalTextReads.push(new Set());
    nameReads.push(new Set());
    readsAllCounts.push(false);
    readsAllTurns.push(false);
    usesTurnIndex.push(false);
    usesRandom.push(false);
    hasVariableDivert.push(false);
  }
  const literalTargets = new Set<number>();
  const refGlobals = new Set<string>();
  const countUse = new Map<string, CountUse>();
  const functions = new Set<string>();
  const externals = new Map<string, boolean>();
  const choices: ChoiceInfo[] = [];
  const declaredEndings = new Map<string, { path: string; node: number }>();
  let words = 0;

  const nodeFor = (c: Container | null): number | undefined => (c ? nodeOf.get(c) : undefined);
  const addEdge = (from: number, to: number, target: Container | null, index: number) => {
    if (to === from) return;
    succSets[from]?.add(to);
    const atEntry = target === nodes[to]?.container && index <= 0;
    (atEntry ? entrySucc : midSucc)[from]?.add(to);
  };

  const visit = (c: Container) => {
    const node = nodeOf.get(c) ?? rootId;
    const content = c.content;
    let inTag = false;
    let tagText = "";
    let inString = 0;
    for (let i = 0; i < content.length; i++) {
      const o = content[i];
      if (o instanceof Container) continue; // visited below via childrenOf
      if (o instanceof ControlCommand) {
        switch (o.commandType) {
          case Cmd.BeginTag:
            inTag = true;
            tagText = "";
            break;
          case Cmd.EndTag: {
            inTag = false;
            const m = ENDING_TAG.exec(tagText);
            if (m?.[1] && !declaredEndings.has(m[1])) declaredEndings.set(m[1], { path: pathOf(c), node });
            break;
          }
          case Cmd.BeginString:
            inString++;
            break;
          case Cmd.EndString:
            inString = Math.max(0, inString - 1);
            break;
          case Cmd.Turns:
            usesTurnIndex[node] = true;
            break;
          case Cmd.Random:
          case Cmd.SeedRandom:
          case Cmd.ListRandom:
          case Cmd.SequenceShuffleIndex:
            usesRandom[node] = true;
            break;
          case Cmd.VisitIndex: {
            if (textOnly.has(o)) break;
            const p = pathOf(c);
            countReads[node]?.add(p);
            mergeUse(countUse, p, classifyVisitUse(content, i));
            break;
          }
          case Cmd.ReadCount:
          case Cmd.TurnsSince: {
            const prev = content[i - 1];
            const isTurns = o.commandType === Cmd.TurnsSince;
            if (!isTurns && textOnly.has(o)) break;
            if (prev instanceof DivertTargetValue) {
              const target = containerOf(contentAtPath(story, prev.targetPath));
              if (target) {
                const p = pathOf(target);
                if (isTurns) turnReads[node]?.add(p);
                else {
                  countReads[node]?.add(p);
                  mergeUse(countUse, p, EXACT);
                }
              }
            } else if (isTurns) readsAllTurns[node] = true;
            else readsAllCounts[node] = true;
            break;
          }
        }
        continue;
      }
      if (o instanceof AbstractValue) {
        if (o.valueType === ValueType.String) {
          const text = String(o.valueObject);
          if (inTag) tagText += text;
          else if (inString === 0) words += countWords(text);
        } else if (o.valueType === ValueType.DivertTarget) {
          const targetPath = o.valueObject as Path;
          const last = targetPath.toString().split(".").pop() ?? "";
          if (!last.startsWith("$r")) {
            const target = containerOf(contentAtPath(story, targetPath));
            const t = nodeFor(target);
            if (t !== undefined) {
              literalTargets.add(t);
              const exact = target?.path.toString() === targetPath.toString();
              addEdge(node, t, exact ? target : null, 0);
            }
          }
        } else if (o.valueType === ValueType.VariablePointer) {
          const name = String(o.valueObject);
          nameReads[node]?.add(name);
          if (globalSet.has(name)) {
            globalReads[node]?.add(name);
            refGlobals.add(name);
          }
        }
        continue;
      }
      if (o instanceof Tag) {
        const m = ENDING_TAG.exec(o.text);
        if (m?.[1] && !declaredEndings.has(m[1])) declaredEndings.set(m[1], { path: pathOf(c), node });
        continue;
      }
      if (o instanceof VariableAssignment) {
        if (o.variableName && globalSet.has(o.variableName)) globalWrites[node]?.add(o.variableName);
        continue;
      }
      if (o instanceof VariableReference) {
        if (textOnly.has(o)) {
          if (o.name && o.pathForCount == null && globalSet.has(o.name)) {
            textOnlyGlobals.add(o.name);
            globalTextReads[node]?.add(o.name);
          }
          continue;
        }
        if (o.pathForCount != null) {
          const target = o.containerForCount;
          if (target) {
            const p = pathOf(target);
            countReads[node]?.add(p);
            mergeUse(countUse, p, classifyCountUse(content, i));
          }
        } else if (o.name) {
          nameReads[node]?.add(o.name);
          if (globalSet.has(o.name)) {
            globalReads[node]?.add(o.name);
            controlGlobals.add(o.name);
          }
        }
        continue;
      }
      if (o instanceof ChoicePoint) {
        const target = o.choiceTarget;
        if (target) {
          const p = pathOf(target);
          if (o.onceOnly) {
            countReads[node]?.add(p);
            mergeUse(countUse, p, sat(1));
          }
          const t = nodeFor(target);
          if (t !== undefined) addEdge(node, t, null, 0);
          choices.push({ path: p, target, node, text: choiceText(c, i) });
        }
        continue;
      }
      if (o instanceof Divert) {
        if (o.variableDivertName != null) {
          // `$r` diverts are the compiler's own returns from choice text, always within the same node.
          if (!o.variableDivertName.startsWith("$r")) {
            hasVariableDivert[node] = true;
            // `-> dest` reads `dest` (a global, or a divert-target parameter).
            nameReads[node]?.add(o.variableDivertName);
            if (globalSet.has(o.variableDivertName)) {
              globalReads[node]?.add(o.variableDivertName);
              controlGlobals.add(o.variableDivertName);
            }
          }
          continue;
        }
        if (o.isExternal) {
          const name = o.targetPath?.toString() ?? "";
          const fallback = main.namedContent.get(name);
          externals.set(name, fallback != null);
          if (fallback && fallback instanceof Container) {
            functions.add(name);
            const t = nodeOf.get(fallback);
            if (t !== undefined) addEdge(node, t, fallback, 0);
          }
          continue;
        }
        const target = o.targetPointer.container;
        const t = nodeFor(target);
        if (t !== undefined) addEdge(node, t, target, o.targetPointer.index);
        if (o.pushesToStack && o.stackPushType === PushPopType.Function && target) {
          const fnNode = t !== undefined ? nodes[t] : undefined;
          if (fnNode && fnNode.kind === "knot") functions.add(fnNode.name);
        }
      }
      if (o instanceof ControlCommand) continue;
    }
    // A function body ends with `~ret`; mark its knot even if nothing calls it.
    if (content.some((o) => o instanceof ControlCommand && o.commandType === Cmd.PopFunction)) {
      const k = nodes[node];
      if (k && k.kind === "knot") functions.add(k.name);
    }
    for (const child of childrenOf(c)) if (child instanceof Container) visit(child);
  };
  visit(main);

  for (const name of functions) {
    const id = nodeByName.get(name);
    const fn = id !== undefined ? nodes[id] : undefined;
    if (fn && fn.kind === "knot") fn.kind = "function";
  }
  for (let i = 0; i < n(); i++) {
    if (hasVariableDivert[i])
      for (const t of literalTargets) {
        succSets[i]?.add(t);
        midSucc[i]?.add(t);
      }
  }
  // A global passed by reference (`ref`) can be read and written through a
  // temporary anywhere the pointer travels; the analysis does not follow
  // pointers, so such a global counts as read and written by every node.
  for (const g of refGlobals) {
    for (let i = 0; i < n(); i++) {
      globalReads[i]?.add(g);
      globalWrites[i]?.add(g);
    }
    controlGlobals.add(g);
  }
  const liveGlobals = liveness(nodes, globalSet, globalReads, entrySucc, midSucc, (c) => nodeOf.get(c));

  const named: NamedInfo[] = [];
  const collectNamed = (c: Container) => {
    for (const [name, child] of c.namedContent) {
      if (!(child instanceof Container)) continue;
      const node = nodeOf.get(child) ?? rootId;
      const fn = nodes[node];
      if (fn && (fn.kind === "function" || fn.kind === "global")) continue;
      if (c === main) named.push({ path: name, kind: "knot", container: child, node });
      else if (fn && fn.kind === "stitch" && fn.container === child)
        named.push({ path: fn.name, kind: "stitch", container: child, node });
      else if (!AUTO_NAME.test(name)) named.push({ path: pathOf(child), kind: "gather", container: child, node });
    }
    for (const child of childrenOf(c)) if (child instanceof Container) collectNamed(child);
  };
  collectNamed(main);

  const knots = nodes.filter((x) => x.kind === "knot").length;
  const stitches = nodes.filter((x) => x.kind === "stitch").length;
  return {
    nodes,
    nodeOf,
    nodeByName,
    succ: succSets.map((s) => [...s]),
    countReads,
    turnReads,
    globalReads,
    globalWrites,
    globalTextReads,
    nameReads,
    liveGlobals,
    readsAllCounts,
    readsAllTurns,
    usesTurnIndex,
    usesRandom,
    countUse,
    globals,
    choices,
    named,
    declaredEndings,
    functions,
    textOnly: { reads: textOnly.size, globals: [...textOnlyGlobals].filter((g) => !controlGlobals.has(g)).sort() },
    externals: [...externals].map(([name, hasFallback]) => ({ name, hasFallback })),
    entryKnots: knotNames.filter((k) => k.startsWith("entry_")),
    stats: { words, choices: choices.length, knots, stitches, functions: functions.size },
  };
}

/** The text a choice shows, read from the compiled code around its choice point. */
function choiceText(parent: Container, index: number): string {
  let start = index - 1;
  while (start >= 0 && !(parent.content[start] instanceof ChoicePoint)) start--;
  const parts: string[] = [];
  let depth = 0;
  for (let i = start + 1; i < index; i++) {
    const o = parent.content[i];
    if (o instanceof ControlCommand) {
      if (o.commandType === Cmd.BeginString) depth++;
      else if (o.commandType === Cmd.EndString) depth--;
    } else if (depth > 0 && o instanceof StringValue) parts.push(String(o.valueObject));
  }
  const s = parent.namedContent.get("s");
  if (s && s instanceof Container) {
    for (const o of s.content) if (o instanceof StringValue) parts.unshift(String(o.valueObject));
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Every node reachable from `starts` through the flow graph (including the starts). */
/**
 * Globals read as control anywhere: a read of its value outside `textOnly`,
 * a reference to it (`ref`), a divert through it. (The same reads the flow
 * graph below records in globalReads.)
 */
function controlReadGlobals(c: Container, textOnly: Set<InkObject>, globalSet: Set<string>): Set<string> {
  const out = new Set<string>();
  const walk = (x: Container) => {
    for (const o of x.content) {
      if (o instanceof Container) walk(o);
      else if (o instanceof VariableReference) {
        if (o.name && o.pathForCount == null && globalSet.has(o.name) && !textOnly.has(o)) out.add(o.name);
      } else if (o instanceof AbstractValue && o.valueType === ValueType.VariablePointer) {
        const name = String(o.valueObject);
        if (globalSet.has(name)) out.add(name);
      } else if (o instanceof Divert && o.variableDivertName != null && globalSet.has(o.variableDivertName))
        out.add(o.variableDivertName);
    }
    for (const v of x.namedContent.values()) if (v instanceof Container && !x.content.includes(v)) walk(v);
  };
  walk(c);
  return out;
}

export function closure(a: Analysis, starts: Iterable<number>): Set<number> {
  const seen = new Set<number>();
  const stack = [...starts];
  while (stack.length) {
    const x = stack.pop() as number;
    if (seen.has(x)) continue;
    seen.add(x);
    for (const y of a.succ[x] ?? []) if (!seen.has(y)) stack.push(y);
  }
  return seen;
}

/**
 * Globals a node overwrites on entry before anything can read them: the
 * straight-line start of the node (up to its first divert, choice, thread
 * or end), where `~ g = ...` to a global comes before any read of g.
 * Function calls in that stretch count as reading whatever the function can
 * reach.
 */
function entryKills(
  start: Container,
  globals: Set<string>,
  functionReads: (c: Container) => Set<string> | null,
): Set<string> {
  const read = new Set<string>();
  const kills = new Set<string>();
  const scan = (c: Container): boolean => {
    for (const o of c.content) {
      if (o instanceof Container) {
        if (!scan(o)) return false;
        continue;
      }
      if (o instanceof VariableReference) {
        if (o.name && o.pathForCount == null) read.add(o.name);
        continue;
      }
      if (o instanceof VariablePointerValue) {
        read.add(String(o.valueObject));
        continue;
      }
      if (o instanceof VariableAssignment) {
        const g = o.variableName;
        if (g && o.isGlobal && !o.isNewDeclaration && globals.has(g) && !read.has(g)) kills.add(g);
        continue;
      }
      if (o instanceof Divert) {
        const target = o.targetPath ? o.targetPointer.container : null;
        if (o.pushesToStack && o.stackPushType === PushPopType.Function && !o.isConditional && target) {
          const r = functionReads(target);
          if (!r) return false;
          for (const g of r) read.add(g);
          continue;
        }
        return false;
      }
      if (o instanceof ChoicePoint) return false;
      if (o instanceof ControlCommand) {
        const t = o.commandType;
        if (t === Cmd.Done || t === Cmd.End || t === Cmd.StartThread || t === Cmd.PopFunction || t === Cmd.PopTunnel)
          return false;
      }
    }
    return true;
  };
  scan(start);
  return kills;
}

/** Backward data flow: which globals are live where execution resumes inside each node. */
function liveness(
  nodes: FlowNode[],
  globals: Set<string>,
  reads: Set<string>[],
  entrySucc: Set<number>[],
  midSucc: Set<number>[],
  nodeOf: (c: Container) => number | undefined,
): Set<string>[] {
  // What a function can read, including what it calls, for entry-kill scans.
  const reachReads = (start: number): Set<string> => {
    const out = new Set<string>();
    const seen = new Set<number>();
    const stack = [start];
    while (stack.length) {
      const x = stack.pop() as number;
      if (seen.has(x)) continue;
      seen.add(x);
      for (const g of reads[x] ?? []) out.add(g);
      for (const y of entrySucc[x] ?? []) stack.push(y);
      for (const y of midSucc[x] ?? []) stack.push(y);
    }
    return out;
  };
  const kills = nodes.map((node) =>
    node.kind === "knot" || node.kind === "stitch"
      ? entryKills(node.container, globals, (c) => {
          const id = nodeOf(c);
          return id === undefined ? null : reachReads(id);
        })
      : new Set<string>(),
  );
  const mid = nodes.map((_, i) => new Set(reads[i] ?? []));
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const live = mid[i] as Set<string>;
      const before = live.size;
      for (const m of midSucc[i] ?? []) for (const g of mid[m] ?? []) live.add(g);
      for (const m of entrySucc[i] ?? []) {
        const k = kills[m] as Set<string>;
        for (const g of mid[m] ?? []) if (!k.has(g)) live.add(g);
      }
      if (live.size !== before) changed = true;
    }
  }
  return mid;
}
