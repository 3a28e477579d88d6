/**
 * The exhaustive story verifier: takes every choice from the start (and from
 * every `entry_*` knot, or only from `--from`), expands each distinct state
 * once, and reports endings, dead ends, runtime errors and warnings, paths
 * that never yield, unreached content, the deepest path and words seen per
 * random run.
 *
 * Owns: exploration and the report. Pure: no files, no console, no exit;
 * progress goes through `onProgress`. Loads the story and reaches inkjs's
 * runtime only through ink-internals.ts (which refuses an inkjs that lacks
 * a member it relies on); every change to how inkjs runs is in
 * ink-overrides.ts; the state key is state-key.ts (`reductions: false`
 * keys the whole state, the tests' oracle).
 */
import { analyse, closure, type FlowNode } from "./analysis.js";
import {
  type Container,
  ErrorType,
  type InkObject,
  loadStory,
  type Path,
  privateVariables,
  type StoryState,
} from "./ink-internals.js";
import { InkOverrides } from "./ink-overrides.js";
import { END_TAG, type EndTag, scanOutput } from "./output.js";
import { restoreSnapshot, type Snapshot, takeSnapshot } from "./snapshot.js";
import { StateKeyer, valueString } from "./state-key.js";
import type { EndingReport, Problem, ProblemKind, VerifyOptions, VerifyReport } from "./types.js";

const START = "(start)";

interface Segment {
  lastText: string;
  lastTags: string[];
  lastPath: string;
  words: number;
  errors: { message: string; warning: boolean }[];
  neverYields: boolean;
  endingTags: EndTag[];
}

interface Pending {
  node: number;
  snap: Snapshot | null;
  json: string | null;
  texts: string[];
  next: number;
}

/** A small seeded random generator (mulberry32), shared by the random runs and the synthetic story. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Formats a route of choice texts for a message. */
export function formatRoute(root: string, route: string[]): string {
  const steps = route.length ? route.map((t) => `"${t}"`).join(" > ") : "(no choices)";
  return root === START ? steps : `from ${root}: ${steps}`;
}

/**
 * Verifies a compiled story (ink JSON text). Never throws for problems in
 * the story; they come back in `report.problems`. Throws only for a story
 * inkjs cannot load.
 */
export function verifyStory(json: string, options: VerifyOptions = {}): VerifyReport {
  const t0 = Date.now();
  const story = loadStory(json);
  story.allowExternalFunctionFallbacks = true;
  const a = analyse(story);
  if (options.functionNames) {
    for (const f of options.functionNames) {
      a.functions.add(f);
      const id = a.nodeByName.get(f);
      const node = id !== undefined ? a.nodes[id] : undefined;
      if (node && node.kind === "knot") node.kind = "function";
    }
  }
  const problems: Problem[] = [];
  const stepBudget = options.stepBudget ?? 1_000_000;
  const maxStates = options.maxStates ?? 1_000_000;
  const timeLimit = options.timeLimitMs ?? 0;
  const seed = options.seed ?? 1;
  const useMemory = (options.snapshots ?? "memory") === "memory";
  const locate = options.locate ?? (() => null);

  const whereOf = (path: string): string => {
    const parts = path.split(".");
    if (parts.length >= 2 && a.nodeByName.has(`${parts[0]}.${parts[1]}`)) return `${parts[0]}.${parts[1]}`;
    if (parts[0] && a.nodeByName.has(parts[0])) return parts[0];
    return "(root)";
  };
  const problem = (
    kind: ProblemKind,
    path: string,
    message: string,
    extra: { root?: string; route?: string[]; text?: string } = {},
  ): void => {
    const where = whereOf(path);
    const source = locate(path, extra.text != null ? { text: extra.text } : undefined);
    const at = source ? ` (${source.file}:${source.line})` : "";
    const route = extra.route ? `; route: ${formatRoute(extra.root ?? START, extra.route)}` : "";
    problems.push({
      kind,
      path,
      where,
      source,
      ...(extra.route ? { root: extra.root ?? START, route: extra.route } : {}),
      message: `${kind} at ${where} [${path}]${at}: ${message}${route}`,
    });
  };

  // External functions without an ink fallback would stop the game; bind a stub so exploration can go on.
  for (const ext of a.externals) {
    if (ext.hasFallback) continue;
    story.BindExternalFunction(ext.name, () => 0, true);
    problem(
      "missing-external",
      ext.name,
      `EXTERNAL ${ext.name}() has no ink fallback function; the game must bind it (explored with a stub returning 0)`,
    );
  }

  // Roots.
  const roots: string[] = [];
  if (options.from) roots.push(options.from);
  else roots.push(START, ...a.entryKnots);
  const rootNodes: number[] = [];
  for (const r of roots) {
    if (r === START) {
      rootNodes.push(0);
      continue;
    }
    const id = a.nodeByName.get(r);
    if (id === undefined) {
      problem("unknown-root", r, `no knot or stitch named ${r}`);
      continue;
    }
    rootNodes.push(id);
  }
  // Whole-story mode checks everything; --from checks what that knot can reach.
  const scope = options.from ? closure(a, rootNodes) : new Set(a.nodes.map((x) => x.id));

  // Chapter boundaries: the knots the entry_* knots divert into. Globals that
  // are live but that nothing before the next boundary reads or writes form a
  // state's frame (state-key.ts), carried beside the key (see "Frames" below).
  const reductions = options.reductions !== false;
  const boundaries = new Set<number>();
  if (options.frames !== false && reductions) {
    for (const e of a.entryKnots) {
      const id = a.nodeByName.get(e);
      for (const t of id !== undefined ? (a.succ[id] ?? []) : []) {
        const node = a.nodes[t];
        if (node && node.kind === "knot" && !node.name.startsWith("entry_")) boundaries.add(t);
      }
    }
  }
  const boundaryContainers = new Set<Container>([...boundaries].map((b) => (a.nodes[b] as FlowNode).container));

  // Coverage, chapter crossings and a step budget per segment (ink-overrides.ts).
  const reached = new Set<Container>();
  let lastEntered: Container | null = null;
  let crossed = false;
  // The variables a choice's run read and the globals it wrote, so that a
  // crossing that reads none of a state's passive globals can carry its
  // frames across without running again (see "Frames" below).
  const trackVariables = boundaries.size > 0;
  const segmentReads = new Set<string>();
  const segmentWrites = new Set<string>();
  const wordCache = new WeakMap<InkObject, number>();
  const ink = new InkOverrides(story, {
    stepBudget,
    wordCache,
    onVisit: (c) => {
      reached.add(c);
      lastEntered = c;
      if (boundaryContainers.has(c)) crossed = true;
    },
    onVariable: (name, write) => {
      if (!trackVariables) return;
      if (write) segmentWrites.add(name);
      else segmentReads.add(name);
    },
  });
  let currentErrors: { message: string; warning: boolean }[] = [];
  story.onError = (message: string, type: ErrorType) => {
    currentErrors.push({ message, warning: type === ErrorType.Warning });
  };

  const state = (): StoryState => story.state;
  const main = story.mainContentContainer;
  const keyer = new StateKeyer(a, (p: Path) => main.ContentAtPath(p).container, boundaries, reductions);

  const runSegment = (): Segment => {
    ink.startSegment();
    crossed = false;
    currentErrors = [];
    const seg: Segment = {
      lastText: "",
      lastTags: [],
      lastPath: "",
      words: 0,
      errors: currentErrors,
      neverYields: false,
      endingTags: [],
    };
    let calls = 0;
    lastEntered = null;
    while (story.canContinue) {
      story.ContinueAsync(0);
      const out = scanOutput(state().outputStream, wordCache);
      const trimmed = ink.takeTrimmed();
      seg.words += out.words + trimmed.words;
      seg.endingTags.push(...trimmed.tags);
      if (out.last) {
        seg.lastText = out.last.text;
        seg.lastTags = out.last.tags;
      }
      seg.endingTags.push(...out.endingTags);
      if (ink.budgetHit || ++calls > 10_000) {
        seg.neverYields = true;
        break;
      }
      if (currentErrors.some((e) => !e.warning)) break;
    }
    const entered = lastEntered as Container | null;
    seg.lastPath = entered ? entered.path.toString() : (state().currentPathString ?? "");
    return seg;
  };

  // Exploration state. A node is a distinct state key; a record is one
  // (node, frame) pair, with the record and choice it came from, for routes.
  const seen = new Map<string, number>();
  const nodeRep: number[] = [];
  const kids: number[][] = [];
  const edgeWords: number[][] = [];
  const rootEntry: { node: number; words: number }[] = [];
  const nodeTexts: string[][] = [];
  const recParent: number[] = [];
  const recText: string[] = [];
  const TERMINAL = -1;
  const FAILED = -2;
  const endings = new Map<string, EndingReport>();
  /** Where each ending was met: the node whose choice led there (-1 for a root's first run), and that choice. */
  const endingEdges = new Map<string, { node: number; rootIndex: number; text: string }[]>();
  const reportedErrors = new Set<string>();
  let choicesTaken = 0;
  let terminals = 0;
  let complete = true;
  let lastProgress = 0;

  // Edges between records (one per choice taken from that state with that
  // frame; -1 for a choice that ends or fails): the deepest path follows
  // these, so the route it gives is one that can really be played.
  const recNode: number[] = [];
  /** The root each record's route starts from (a state can be reached with different frames from different roots). */
  const recRoot: number[] = [];
  const recKidTo: number[][] = [];
  const recKidText: string[][] = [];
  const newRecord = (from: number, text: string, node: number, rootIndex: number): number => {
    recRoot.push(from >= 0 ? (recRoot[from] ?? rootIndex) : rootIndex);
    recParent.push(from);
    recText.push(text);
    recNode.push(node);
    recKidTo.push([]);
    recKidText.push([]);
    return recParent.length - 1;
  };
  const link = (from: number, to: number, text: string): void => {
    recKidTo[from]?.push(to);
    recKidText[from]?.push(text);
  };
  const routeOfRecord = (rec: number, extra?: string): string[] => {
    const out: string[] = [];
    if (extra != null) out.push(extra);
    for (let r = rec; r >= 0; r = recParent[r] ?? -1) if ((recParent[r] ?? -1) >= 0) out.push(recText[r] ?? "");
    return out.reverse();
  };

  const reportError = (
    e: { message: string; warning: boolean },
    lastPath: string,
    root: string,
    route: string[] | (() => string[]),
  ): void => {
    const m = /^RUNTIME (?:ERROR|WARNING):\s*(?:'[^']*' line \d+:\s*|\(([^)]*)\):\s*)?(.*)$/s.exec(e.message);
    const pointer = m?.[1] ? /Ink Pointer -> (\S+) -- index (\d+)/.exec(m[1]) : null;
    const path = pointer ? `${pointer[1]}.${pointer[2]}` : (m?.[1] ?? lastPath);
    const text = m?.[2] ?? e.message;
    const dedupe = `${e.warning}|${path}|${text}`;
    if (reportedErrors.has(dedupe)) return;
    reportedErrors.add(dedupe);
    const r = typeof route === "function" ? route() : [...route];
    problem(e.warning ? "runtime-warning" : "runtime-error", path, text, { root, route: r });
  };

  // Frames. A state's passive globals (state-key.ts) are left out of its key:
  // until the story crosses a chapter boundary nothing reads or writes them,
  // so states that differ only there make the same choices and reach the same
  // ends. Each node keeps the frames (values of its passive globals) it has
  // been reached with. A frame moves along an edge that stays in the chapter
  // without running it again: the passive values are unchanged and the rest
  // is fixed by the key. Along an edge that crosses a boundary it is run
  // again from the node's state with that frame's values, so the next
  // chapter starts from the true state.
  const nodePassive: string[][] = [];
  const nodeFrames: (Map<string, { rec: number; values: InkObject[] }> | null)[] = [];
  const nodeKeyed: Set<string>[] = [];
  const edgeCrossed: boolean[][] = [];
  /** For an edge that crossed a boundary: which of its node's passive globals its run read, and which it wrote. */
  const edgeTouch: ({ reads: Set<string>; writes: Set<string> } | null)[][] = [];
  /** Each node's own frame: the passive values of its first arrival, with which its edges were run. */
  const nodeOwnFrame: (InkObject[] | null)[] = [];
  const edgeFrame: (InkObject[] | null)[][] = [];
  const held = new Map<number, { snap: Snapshot | null; json: string | null }>();
  const work: [number, string][] = [];
  let framesUsed = false;
  let reruns = 0;
  let arrivalFrame: InkObject[] | null = null;
  let arrivalRec = -1;

  /** Handles the end of a segment; returns the state graph node, or TERMINAL/FAILED. */
  const settle = (seg: Segment, fromRec: number, rootIndex: number, choiceText: string | null): number => {
    arrivalFrame = null;
    arrivalRec = -1;
    const root = roots[fromRec >= 0 ? (recRoot[fromRec] ?? rootIndex) : rootIndex] ?? START;
    const route = () => (fromRec >= 0 ? routeOfRecord(fromRec, choiceText ?? undefined) : []);
    for (const e of seg.errors) reportError(e, seg.lastPath, root, route);
    for (const t of seg.endingTags) {
      const key = `${t.kind}:${t.id}`;
      const known = endings.get(key);
      if (known) known.arrivals++;
      else endings.set(key, { id: t.id, kind: t.kind, arrivals: 1, root, route: route() });
      const at = endingEdges.get(key) ?? [];
      if (at.length < 4096)
        at.push({ node: fromRec >= 0 ? (recNode[fromRec] as number) : -1, rootIndex, text: choiceText ?? "" });
      endingEdges.set(key, at);
    }
    if (seg.neverYields) {
      problem(
        "never-yields",
        seg.lastPath,
        `more than ${stepBudget} interpreter steps without a choice or an end (a divert loop with no choice?)`,
        { root, route: route() },
      );
      return FAILED;
    }
    if (seg.errors.some((e) => !e.warning)) return FAILED;
    const choices = story.currentChoices;
    if (choices.length === 0) {
      terminals++;
      // Any ending: or placeholder: tag shown since the last choice marks a
      // declared end. (Not only the last line: which line comes last can
      // depend on text-only reads, which the state key leaves out.)
      const marked = seg.endingTags.length > 0 || seg.lastTags.some((t) => END_TAG.test(t));
      if (!marked) {
        const dedupe = `dead|${whereOf(seg.lastPath)}|${seg.lastText}`;
        if (!reportedErrors.has(dedupe)) {
          reportedErrors.add(dedupe);
          problem(
            "dead-end",
            seg.lastPath,
            `the story stops with no choices and its last line has no "ending:" or "placeholder:" tag (last line: "${seg.lastText}")`,
            { root, route: route(), text: seg.lastText },
          );
        }
      }
      return TERMINAL;
    }
    const key = keyer.key(state());
    const frame = keyer.frame;
    arrivalFrame = frame ? frame.values : null;
    const old = seen.get(key);
    if (old !== undefined) {
      arrivalRec = frame
        ? addFrame(old, frame.values, frame.text, fromRec, choiceText ?? "", rootIndex)
        : (nodeRep[old] as number);
      return old;
    }
    const id = nodeRep.length;
    seen.set(key, id);
    const rec = newRecord(fromRec, choiceText ?? "", id, rootIndex);
    arrivalRec = rec;
    nodeRep.push(rec);
    kids.push([]);
    edgeWords.push([]);
    edgeCrossed.push([]);
    edgeTouch.push([]);
    edgeFrame.push([]);
    nodePassive.push(frame ? frame.names : []);
    nodeOwnFrame.push(frame ? frame.values : null);
    nodeFrames.push(frame ? new Map([[frame.text, { rec, values: frame.values }]]) : null);
    nodeKeyed.push(new Set(keyer.keyedGlobals));
    if (frame) framesUsed = true;
    const texts = choices.map((c: { text: string }) => c.text);
    nodeTexts.push(texts);
    const snap = useMemory ? takeSnapshot(story) : null;
    const json = snap ? null : state().ToJson();
    if (frame) held.set(id, { snap, json });
    stack.push({ node: id, snap, json, texts, next: 0 });
    return id;
  };

  /**
   * Records a frame a node is reached with (new frames are queued to move
   * along its edges); returns the record of the node with that frame.
   */
  const addFrame = (
    node: number,
    values: InkObject[],
    text: string,
    fromRec: number,
    choiceText: string,
    rootIndex: number,
  ): number => {
    const frames = nodeFrames[node];
    if (!frames) return nodeRep[node] as number;
    const had = frames.get(text);
    if (had) return had.rec;
    const rec = newRecord(fromRec, choiceText, node, rootIndex);
    frames.set(text, { rec, values });
    work.push([node, text]);
    return rec;
  };

  /** Restores a node's own state (its first arrival). */
  const restoreNode = (node: number): boolean => {
    const h = held.get(node);
    if (!h) return false;
    if (h.snap) restoreSnapshot(story, h.snap);
    else state().LoadJson(h.json as string);
    return true;
  };

  /**
   * Whether some frame may have to be run again along edge `i` (then the
   * node's saved state is kept): the edge crossed a boundary and its run
   * read a passive global or left one alone that the next state keys, or a
   * passive global is keyed in the next state.
   */
  const rerunEdge = (node: number, i: number): boolean => {
    const to = kids[node]?.[i] ?? FAILED;
    const passive = nodePassive[node] as string[];
    if (edgeCrossed[node]?.[i]) {
      const touch = edgeTouch[node]?.[i];
      if (!touch || touch.reads.size) return true;
      if (to < 0) return false;
      const toPassive = nodePassive[to] as string[];
      return !passive.every((g) => touch.writes.has(g) || toPassive.includes(g));
    }
    return to >= 0 && passive.some((g) => nodeKeyed[to]?.has(g));
  };

  /**
   * Whether the frame `values` must be run again along edge `i`. Along a
   * crossing, only where it differs from the node's own frame (with which
   * the edge was run) in a global the run read, or in one the run left alone
   * and the next state keys: a run that reads none of the differing values
   * is the same run, and what it wrote is the same for every frame.
   */
  const rerunFrame = (node: number, i: number, values: InkObject[]): boolean => {
    if (!edgeCrossed[node]?.[i]) return rerunEdge(node, i);
    const touch = edgeTouch[node]?.[i];
    const own = nodeOwnFrame[node];
    if (!touch || !own) return true;
    const to = kids[node]?.[i] ?? FAILED;
    const passive = nodePassive[node] as string[];
    const toPassive = to >= 0 ? (nodePassive[to] as string[]) : [];
    for (let j = 0; j < passive.length; j++) {
      if (valueString(values[j]) === valueString(own[j])) continue;
      const g = passive[j] as string;
      if (touch.reads.has(g)) return true;
      if (!touch.writes.has(g) && to >= 0 && !toPassive.includes(g)) return true;
    }
    return false;
  };

  /** Which of `passive` the run just made read and wrote. */
  const touchOf = (passive: string[]): { reads: Set<string>; writes: Set<string> } => {
    const reads = new Set<string>();
    const writes = new Set<string>();
    for (const g of passive) {
      if (segmentReads.has(g)) reads.add(g);
      if (segmentWrites.has(g)) writes.add(g);
    }
    return { reads, writes };
  };

  const samePassive = (x: string[], y: string[]): boolean =>
    x === y || (x.length === y.length && x.every((g, k) => g === y[k]));

  /** Moves one frame of `node` along its explored edge `i`. */
  const moveFrame = (node: number, text: string, i: number, rootIndex: number): void => {
    const frames = nodeFrames[node];
    const f = frames?.get(text);
    const to = kids[node]?.[i];
    if (!f || to === undefined) return;
    const passive = nodePassive[node] as string[];
    const choiceText = nodeTexts[node]?.[i] ?? "";
    if (!rerunFrame(node, i, f.values)) {
      // An end or an error inside the chapter is the same for every frame.
      if (to < 0) {
        link(f.rec, -1, choiceText);
        return;
      }
      const toPassive = nodePassive[to] as string[];
      if (!toPassive.length) {
        link(f.rec, nodeRep[to] as number, choiceText);
        return;
      }
      const written = edgeCrossed[node]?.[i] ? edgeTouch[node]?.[i]?.writes : null;
      // The same passive globals on both sides, none written: the frame moves as it is.
      if (!written?.size && samePassive(toPassive, passive)) {
        link(f.rec, addFrame(to, f.values, text, f.rec, choiceText, rootIndex), choiceText);
        return;
      }
      const carried = edgeFrame[node]?.[i] ?? [];
      const values = toPassive.map((g, k) => {
        const j = written?.has(g) ? -1 : passive.indexOf(g);
        return (j >= 0 ? f.values[j] : carried[k]) as InkObject;
      });
      link(f.rec, addFrame(to, values, values.map(valueString).join("|"), f.rec, choiceText, rootIndex), choiceText);
      return;
    }
    // Crosses into another chapter: run it again with this frame's values.
    if (!restoreNode(node)) throw new Error(`verifier: no saved state for node ${node} to carry a frame across`);
    const globalsMap = privateVariables(state().variablesState)._globalVariables;
    passive.forEach((g, k) => {
      const v = f.values[k];
      if (v) globalsMap.set(g, v);
    });
    story.ChooseChoiceIndex(i);
    choicesTaken++;
    reruns++;
    const seg = runSegment();
    settle(seg, f.rec, rootIndex, choiceText);
    link(f.rec, arrivalRec, choiceText);
  };

  const stack: Pending[] = [];
  const resetTo = (root: string): void => {
    story.ResetState();
    state().storySeed = seed % 100;
    state().previousRandom = 0;
    if (root !== START) story.ChoosePathString(root);
  };
  const overTime = () => timeLimit > 0 && Date.now() - t0 > timeLimit;
  /** Moves every queued frame along the edges explored so far. */
  const drain = (rootIndex: number): void => {
    while (work.length) {
      const [n, text] = work.pop() as [number, string];
      const ks = kids[n] ?? [];
      for (let k = 0; k < ks.length; k++) if (ks[k] !== undefined) moveFrame(n, text, k, rootIndex);
      if ((reruns & 255) === 0 && overTime()) {
        complete = false;
        work.length = 0;
        stack.length = 0;
      }
    }
  };

  for (let r = 0; r < roots.length; r++) {
    const root = roots[r] as string;
    if (root !== START && !a.nodeByName.has(root)) continue;
    resetTo(root);
    const first = runSegment();
    rootEntry[r] = { node: settle(first, -1, r, null), words: first.words };
    // A root that starts at a state already explored from an earlier root, with another frame.
    const rerunsBefore = reruns;
    drain(r);
    let atNode = stack.length && reruns === rerunsBefore ? (stack[stack.length - 1] as Pending).node : -1;
    while (stack.length) {
      const top = stack[stack.length - 1] as Pending;
      if (top.next >= top.texts.length) {
        stack.pop();
        if (!top.texts.some((_, k) => rerunEdge(top.node, k))) held.delete(top.node);
        continue;
      }
      if (seen.size >= maxStates || (timeLimit > 0 && (choicesTaken & 255) === 0 && overTime())) {
        complete = false;
        stack.length = 0;
        break;
      }
      const i = top.next++;
      if (atNode !== top.node || i > 0) {
        if (top.snap) restoreSnapshot(story, top.snap);
        else state().LoadJson(top.json as string);
      }
      const node = top.node;
      segmentReads.clear();
      segmentWrites.clear();
      story.ChooseChoiceIndex(i);
      choicesTaken++;
      const before = stack.length;
      const seg = runSegment();
      const touch = crossed ? touchOf(nodePassive[node] as string[]) : null;
      const rep = nodeRep[node] as number;
      const result = settle(seg, rep, r, top.texts[i] ?? "");
      link(rep, arrivalRec, top.texts[i] ?? "");
      (kids[node] as number[])[i] = result;
      (edgeWords[node] as number[])[i] = seg.words;
      (edgeCrossed[node] as boolean[])[i] = crossed;
      (edgeTouch[node] as ({ reads: Set<string>; writes: Set<string> } | null)[])[i] = touch;
      (edgeFrame[node] as (InkObject[] | null)[])[i] = arrivalFrame;
      atNode = stack.length > before ? (stack[stack.length - 1] as Pending).node : -1;
      // Other frames of this node take the new edge; then every queued frame moves on.
      const frames = nodeFrames[node];
      if ((frames && frames.size > 1) || work.length) {
        const rerunsBefore = reruns;
        if (frames && frames.size > 1) {
          for (const [text, f] of [...frames]) if (f.rec !== rep) moveFrame(node, text, i, r);
        }
        drain(r);
        if (reruns !== rerunsBefore) atNode = -1;
      }
      if (options.onProgress && (seen.size & 63) === 0) {
        const now = Date.now();
        if (now - lastProgress > 100) {
          lastProgress = now;
          let offered = 0;
          let inScope = 0;
          for (const c of a.choices) {
            if (!scope.has(c.node)) continue;
            inScope++;
            if (reached.has(c.target)) offered++;
          }
          const fraction = inScope ? offered / inScope : 1;
          options.onProgress({
            phase: "explore",
            states: seen.size,
            pending: stack.length,
            fraction,
            runsDone: 0,
            runsTotal: options.runs ?? 200,
            elapsedMs: now - t0,
          });
        }
      }
    }
  }
  const exploreMs = Date.now() - t0;
  if (!complete) {
    const varied = keyer
      .mostVaried(8)
      .map((v) => `${v.name} (${v.values} values)`)
      .join(", ");
    problem(
      "state-limit",
      roots[0] ?? START,
      `exploration stopped after ${seen.size} distinct states (limit: ${seen.size >= maxStates ? `${maxStates} states` : `${timeLimit} ms`}), so coverage is incomplete; too many combinations of what the story can still read${varied ? `. Most varied: ${varied}` : ""}. Band scores and reset what a chapter no longer needs (docs/verify.md)`,
    );
  }

  // Deepest path (in choices) over the graph of records (a state with one of
  // its frames), back edges ignored: every edge is a choice that can really
  // be taken there, so the route is playable.
  const records = recParent.length;
  const depth = new Array<number>(records).fill(-1);
  const best = new Array<number>(records).fill(-1);
  let loops = false;
  {
    const colour = new Uint8Array(records);
    for (let s = 0; s < records; s++) {
      if (colour[s]) continue;
      const work: [number, number][] = [[s, 0]];
      colour[s] = 1;
      while (work.length) {
        const frame = work[work.length - 1] as [number, number];
        const [n, i] = frame;
        const ks = recKidTo[n] ?? [];
        if (i < ks.length) {
          frame[1]++;
          const k = ks[i] ?? -1;
          if (k >= 0) {
            if (colour[k] === 0) {
              colour[k] = 1;
              work.push([k, 0]);
            } else if (colour[k] === 1) loops = true;
          }
          continue;
        }
        let d = 0;
        let b = -1;
        ks.forEach((k, idx) => {
          const v = k >= 0 ? (colour[k] === 2 ? (depth[k] ?? 0) + 1 : 0) : 1;
          if (v > d) {
            d = v;
            b = idx;
          }
        });
        depth[n] = d;
        best[n] = b;
        colour[n] = 2;
        work.pop();
      }
    }
  }
  let deepest = { choices: 0, root: roots[0] ?? START, route: [] as string[] };
  for (let s = 0; s < records; s++) {
    if ((recParent[s] ?? -1) >= 0) continue;
    const d = depth[s] ?? 0;
    if (d >= deepest.choices) {
      const route: string[] = [];
      let n = s;
      const guard = new Set<number>();
      while (n >= 0 && !guard.has(n)) {
        guard.add(n);
        const b = best[n] ?? -1;
        if (b < 0) break;
        route.push(recKidText[n]?.[b] ?? "");
        n = recKidTo[n]?.[b] ?? -1;
      }
      deepest = { choices: d, root: roots[recRoot[s] ?? 0] ?? START, route };
    }
  }

  // Coverage problems.
  /**
   * Gives each ending the shortest route to it (in choices) over the graph of
   * records, from the first root (the story's start, or the --from knot) when
   * it reaches the ending, else from any root. Every record of the node an
   * ending was met from counts (a frame takes the same choice there).
   */
  function shortenEndingRoutes(): void {
    const count = recParent.length;
    const nodeRecs = new Map<number, number[]>();
    for (let r = 0; r < count; r++) {
      const n = recNode[r] as number;
      const list = nodeRecs.get(n);
      if (list) list.push(r);
      else nodeRecs.set(n, [r]);
    }
    const search = (fromRoots: (rootIndex: number) => boolean) => {
      const dist = new Int32Array(count).fill(-1);
      const via = new Int32Array(count).fill(-1);
      const viaText: string[] = new Array(count);
      const queue: number[] = [];
      for (let r = 0; r < count; r++) {
        if ((recParent[r] ?? -1) < 0 && fromRoots(recRoot[r] ?? 0)) {
          dist[r] = 0;
          queue.push(r);
        }
      }
      for (let h = 0; h < queue.length; h++) {
        const r = queue[h] as number;
        const to = recKidTo[r] ?? [];
        const texts = recKidText[r] ?? [];
        for (let k = 0; k < to.length; k++) {
          const t = to[k] as number;
          if (t >= 0 && (dist[t] as number) < 0) {
            dist[t] = (dist[r] as number) + 1;
            via[t] = r;
            viaText[t] = texts[k] ?? "";
            queue.push(t);
          }
        }
      }
      return { dist, via, viaText };
    };
    const first = search((i) => i === 0);
    let any: ReturnType<typeof search> | null = null;
    const fromAnyRoot = (): ReturnType<typeof search> => {
      if (!any) any = search(() => true);
      return any;
    };
    for (const [key, report] of endings) {
      const edges = endingEdges.get(key) ?? [];
      let pick: { g: ReturnType<typeof search>; rec: number; text: string; root: number } | null = null;
      for (let attempt = 0; attempt < 2 && !pick; attempt++) {
        const g = attempt === 0 ? first : fromAnyRoot();
        let best = Number.POSITIVE_INFINITY;
        for (const e of edges) {
          if (e.node < 0) {
            if (g === first && e.rootIndex !== 0) continue;
            best = 0;
            pick = { g, rec: -1, text: "", root: e.rootIndex };
            break;
          }
          for (const r of nodeRecs.get(e.node) ?? []) {
            const d = g.dist[r] as number;
            if (d >= 0 && d + 1 < best) {
              best = d + 1;
              pick = { g, rec: r, text: e.text, root: -1 };
            }
          }
        }
      }
      if (!pick) continue;
      const route: string[] = [];
      let x = pick.rec;
      let rootIndex = pick.root;
      if (x >= 0) {
        route.push(pick.text);
        for (; (pick.g.via[x] as number) >= 0; x = pick.g.via[x] as number) route.push(pick.g.viaText[x] ?? "");
        rootIndex = recRoot[x] ?? 0;
      }
      report.route = route.reverse();
      report.root = roots[rootIndex] ?? START;
    }
  }

  const inScope = (node: number) => scope.has(node);
  const unreachedNodes = new Set<number>();
  for (const nm of a.named) {
    if (reached.has(nm.container) || !inScope(nm.node)) continue;
    if (nm.kind === "knot" && nm.path.startsWith("entry_")) continue;
    // A function no route calls (one the game calls aside, like a status function) is not unreached content.
    if (nm.kind === "knot" && a.functions.has(nm.path)) continue;
    const holder = a.nodes[nm.node];
    if (nm.kind === "gather" && holder && unreachedNodes.has(holder.id)) continue;
    if (nm.kind === "stitch" && unreachedNodes.has(a.nodeByName.get(nm.path.split(".")[0] ?? "") ?? -1)) {
      unreachedNodes.add(nm.node);
      continue;
    }
    if (nm.kind !== "gather") unreachedNodes.add(nm.node);
    const what = nm.kind === "knot" ? "knot" : nm.kind === "stitch" ? "stitch" : "labelled gather";
    problem(
      nm.kind === "knot" ? "unreached-knot" : nm.kind === "stitch" ? "unreached-stitch" : "unreached-gather",
      nm.path,
      `no route from ${options.from ? options.from : "the start or an entry_ knot"} reaches this ${what}`,
    );
  }
  let choicesNeverTaken = 0;
  for (const c of a.choices) {
    if (reached.has(c.target) || !inScope(c.node)) continue;
    const fn = a.nodes[c.node];
    if (fn && fn.kind === "function") continue;
    choicesNeverTaken++;
    if (unreachedNodes.has(c.node)) continue;
    problem("choice-never-taken", c.path, `no route offers and takes the choice "${c.text}"`);
  }
  shortenEndingRoutes();
  const declared = [...a.declaredEndings.keys()].sort();
  for (const id of declared) {
    const decl = a.declaredEndings.get(id);
    if (!decl || !inScope(decl.node)) continue;
    const path = decl.path;
    if (!endings.has(`ending:${id}`)) {
      problem("ending-never-reached", path, `the ending "${id}" is declared here but no route reaches it`);
    }
  }

  // Seeded random runs: words seen per run.
  const runs = options.runs ?? 200;
  const words: number[] = [];
  const rng = mulberry32(seed);
  const runRoot = roots[0] ?? START;
  const entry = rootEntry[0];
  // With text-only reads out of the key, merged states share their choices
  // but not always their words; random runs are then real playthroughs.
  // So are they when frames were used: a node's edges are its first frame's.
  const textMerged = a.textOnly.reads > 0 || framesUsed;
  if (complete && entry && !textMerged) {
    // Merged states have identical futures, text included, so a random run is
    // a random walk over the explored state graph, adding up each step's words.
    for (let r = 0; r < runs; r++) {
      let total = entry.words;
      let n = entry.node;
      for (let turn = 0; n >= 0 && turn < 100_000; turn++) {
        const ks = kids[n] ?? [];
        if (!ks.length) break;
        const i = Math.floor(rng() * ks.length);
        total += edgeWords[n]?.[i] ?? 0;
        n = ks[i] ?? -1;
      }
      words.push(total);
    }
  } else if (runRoot === START || a.nodeByName.has(runRoot)) {
    for (let r = 0; r < runs; r++) {
      resetTo(runRoot);
      state().storySeed = Math.floor(rng() * 100);
      let total = 0;
      const route: string[] = [];
      for (let turn = 0; turn < 100_000; turn++) {
        const seg = runSegment();
        total += seg.words;
        // A runtime error in text only some merged state prints is still reported when a run meets it.
        for (const e of seg.errors) reportError(e, seg.lastPath, runRoot, route);
        if (seg.neverYields || seg.errors.some((e) => !e.warning)) break;
        const choices = story.currentChoices;
        if (!choices.length) break;
        const pick = Math.floor(rng() * choices.length);
        route.push(choices[pick]?.text ?? "");
        story.ChooseChoiceIndex(pick);
      }
      words.push(total);
      if (options.onProgress && (r & 15) === 15) {
        options.onProgress({
          phase: "runs",
          states: seen.size,
          pending: 0,
          fraction: (r + 1) / runs,
          runsDone: r + 1,
          runsTotal: runs,
          elapsedMs: Date.now() - t0,
        });
      }
    }
  }
  words.sort((x, y) => x - y);

  const stats = options.compilerStats
    ? { ...pick(options.compilerStats), endings: declared.length, source: "compiler" as const }
    : { ...pick(a.stats), endings: declared.length, source: "compiled-json" as const };
  return {
    ok: problems.length === 0,
    roots,
    stats,
    exploration: {
      states: seen.size,
      choicesTaken,
      terminals,
      complete,
      elapsedMs: exploreMs,
      statesPerSecond: Math.round(seen.size / Math.max(0.001, exploreMs / 1000)),
      deepestPath: deepest,
      loops,
      frames: { carried: recParent.length - nodeRep.length, reruns },
    },
    endings: [...endings.values()].sort((x, y) => (x.kind + x.id < y.kind + y.id ? -1 : 1)),
    declaredEndings: declared,
    coverage: {
      named: a.named
        .filter((x) => reached.has(x.container) && inScope(x.node))
        .map((x) => x.path)
        .sort(),
      choices: [
        ...new Set(a.choices.filter((c) => reached.has(c.target) && inScope(c.node)).map((c) => c.path)),
      ].sort(),
    },
    choicesNeverTaken,
    wordsPerRun: {
      runs: words.length,
      seed,
      min: words[0] ?? 0,
      median: words[Math.floor(words.length / 2)] ?? 0,
      max: words[words.length - 1] ?? 0,
    },
    problems,
  };
}

function pick(s: { words: number; choices: number; knots: number; stitches: number }) {
  return { words: s.words, choices: s.choices, knots: s.knots, stitches: s.stitches };
}
