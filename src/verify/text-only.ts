/**
 * Which reads can only change the words printed, never what happens.
 *
 * Owns: finding the reads of globals, temporaries and visit counts whose
 * value can only reach the output text: a value printed (`{x}`), or the
 * condition of a conditional, switch or sequence whose every branch holds
 * nothing but text, glue, plain tags and other such constructs, and rejoins
 * just after it. Such reads are left out of the state key (see
 * docs/verify.md, "Text-only reads").
 *
 * Soundness rule: a region counts as text-only only when the compiled code
 * proves it: no choice, no assignment, no divert leaving it, no tunnel,
 * thread, END or DONE, no RANDOM, no string or tag capture of its text, no
 * `ending:`/`placeholder:` tag, no named container, no container whose visit
 * count something else reads as control, and only calls to functions that
 * are themselves pure. Anything else is control.
 */
import {
  AbstractValue,
  AUTO_NAME,
  ChoicePoint,
  Cmd,
  Container,
  ControlCommand,
  Divert,
  Glue,
  type InkObject,
  NativeFunctionCall,
  PushPopType,
  Tag,
  ValueType,
  VariableAssignment,
  VariableReference,
  Void,
} from "./ink-internals.js";

const REPORTED_TAG = /^\s*(ending|placeholder)\s*:/;

/** ControlCommand types a text-only region may hold (everything else is control). */
const SAFE_COMMANDS = new Set<number>([
  Cmd.EvalStart,
  Cmd.EvalOutput,
  Cmd.EvalEnd,
  Cmd.Duplicate,
  Cmd.PopEvaluatedValue,
  Cmd.NoOp,
  Cmd.ChoiceCount,
  Cmd.Turns,
  Cmd.TurnsSince,
  Cmd.ReadCount,
  Cmd.VisitIndex,
  Cmd.SequenceShuffleIndex,
  Cmd.ListFromInt,
  Cmd.ListRange,
  Cmd.BeginTag,
  Cmd.EndTag,
]);

function childrenOf(c: Container): Container[] {
  const out: Container[] = [];
  for (const o of c.content) if (o instanceof Container) out.push(o);
  for (const v of c.namedContent.values()) if (v instanceof Container && !c.content.includes(v)) out.push(v);
  return out;
}

/** `{x}` is a read: a variable reference, a count read, or a sequence's `visit`. */
function isRead(o: InkObject): boolean {
  if (o instanceof VariableReference) return true;
  return o instanceof ControlCommand && (o.commandType === Cmd.VisitIndex || o.commandType === Cmd.ReadCount);
}

interface Region {
  parent: Container;
  start: number;
  end: number;
}

export interface TextOnlyResult {
  /** Read objects (variable references, `visit`, `readc`) whose value can only change the text. */
  reads: Set<InkObject>;
}

/**
 * Classifies every read in the story. `functionBodies` are the containers of
 * ink functions (knots ending in `~ret` or called as functions).
 */
export function findTextOnlyReads(
  main: Container,
  functionBodies: Set<Container>,
  /**
   * Globals nothing reads as control (see textGlobals in analysis.ts): an
   * assignment to one of them, a text-only copy, is as harmless as text.
   */
  textGlobals: ReadonlySet<string> = new Set(),
): TextOnlyResult {
  // Containers whose text is captured: inside a string evaluation (choice
  // text, string expressions) or a tag, the start content of a choice, and
  // anything diverted to from such a place.
  const captured = new Set<Container>();
  const functionCalls: { site: InkObject; holder: Container; target: Container; captured: boolean }[] = [];
  const capturedTargets: Container[] = [];
  const markCaptured = (c: Container) => {
    if (captured.has(c)) return;
    captured.add(c);
    for (const k of childrenOf(c)) markCaptured(k);
  };
  const scanContext = (c: Container, inherited: boolean) => {
    const here = inherited || (c.name === "s" && c.parent !== main);
    if (here) captured.add(c);
    let strings = 0;
    let tag = false;
    for (const o of c.content) {
      const capturedHere = here || strings > 0 || tag;
      if (o instanceof Container) {
        scanContext(o, capturedHere);
        continue;
      }
      if (o instanceof ControlCommand) {
        if (o.commandType === Cmd.BeginString) strings++;
        else if (o.commandType === Cmd.EndString) strings = Math.max(0, strings - 1);
        else if (o.commandType === Cmd.BeginTag) tag = true;
        else if (o.commandType === Cmd.EndTag) tag = false;
        continue;
      }
      if (o instanceof Divert) {
        // A divert to a variable has no target path, and inkjs's targetPointer throws on it.
        const t = o.targetPath ? o.targetPointer.container : null;
        if (o.pushesToStack && o.stackPushType === PushPopType.Function && t && !o.isExternal) {
          functionCalls.push({ site: o, holder: c, target: t, captured: capturedHere });
        } else if (o.isExternal) {
          const name = o.targetPath?.toString() ?? "";
          const fb = main.namedContent.get(name);
          if (fb && fb instanceof Container) functionCalls.push({ site: o, holder: c, target: fb, captured: true });
        } else if (capturedHere && t && o.variableDivertName == null && !isAncestor(t, c)) capturedTargets.push(t);
      }
    }
    for (const v of c.namedContent.values()) if (v instanceof Container && !c.content.includes(v)) scanContext(v, here);
  };
  scanContext(main, false);
  while (capturedTargets.length) {
    const t = capturedTargets.pop() as Container;
    if (!captured.has(t)) markCaptured(t);
  }

  // Which container each object lives in, up to the function body holding it.
  const bodyOf = new Map<Container, Container | null>();
  const assignBody = (c: Container, body: Container | null) => {
    const b = functionBodies.has(c) ? c : body;
    bodyOf.set(c, b);
    for (const k of childrenOf(c)) assignBody(k, b);
  };
  assignBody(main, null);

  /**
   * Checks a region; collects the reads, the counted containers and the
   * function calls inside it. Returns false on anything that is not text.
   */
  const checkRegion = (
    r: Region,
    fnMode: boolean,
    pure: Set<Container>,
    badCounts: Set<Container>,
    out: { reads: InkObject[]; calls: Container[]; counted: Container[] },
  ): boolean => {
    const inRegion = (t: Container, index: number): boolean => {
      if (t === r.parent) return index > r.start && index <= r.end;
      let x: Container = t;
      while (x.parent !== r.parent) {
        const p = x.parent;
        if (!p || !(p instanceof Container)) return false;
        x = p;
      }
      const k = r.parent.content.indexOf(x);
      return k >= r.start && k < r.end;
    };
    const checkList = (c: Container, from: number, to: number): boolean => {
      let tag: string | null = null;
      for (let i = from; i < to; i++) {
        const o = c.content[i] as InkObject;
        if (o instanceof Container) {
          if (tag !== null) return false;
          if (!checkContainer(o)) return false;
          continue;
        }
        if (o instanceof ControlCommand) {
          const t = o.commandType;
          if (t === Cmd.BeginTag) {
            if (tag !== null) return false;
            tag = "";
            continue;
          }
          if (t === Cmd.EndTag) {
            if (tag === null || REPORTED_TAG.test(tag)) return false;
            tag = null;
            continue;
          }
          if (tag !== null) return false;
          if (t === Cmd.PopFunction && fnMode) continue;
          // A string built inside a pure function (`~ return "Abara"` compiles
          // to `str ... /str`) can only reach its return value or a temporary:
          // text, when every call of the function is in a text-only place.
          if ((t === Cmd.BeginString || t === Cmd.EndString) && fnMode) continue;
          if (!SAFE_COMMANDS.has(t)) return false;
          if (t === Cmd.VisitIndex || t === Cmd.ReadCount) out.reads.push(o);
          continue;
        }
        if (o instanceof AbstractValue) {
          const vt = o.valueType;
          if (vt === ValueType.String) {
            if (tag !== null) tag += String(o.valueObject);
            continue;
          }
          if (tag !== null) return false;
          if (vt === ValueType.VariablePointer) return false;
          if (vt === ValueType.DivertTarget) {
            const next = c.content[i + 1];
            if (
              !(
                next instanceof ControlCommand &&
                (next.commandType === Cmd.ReadCount || next.commandType === Cmd.TurnsSince)
              )
            )
              return false;
          }
          continue;
        }
        if (tag !== null && !(o instanceof Divert)) return false;
        if (o instanceof Glue || o instanceof Void || o instanceof NativeFunctionCall) continue;
        if (o instanceof Tag) {
          if (REPORTED_TAG.test(o.text)) return false;
          continue;
        }
        if (o instanceof VariableReference) {
          if (o.pathForCount != null) {
            const t = o.containerForCount;
            if (!t) return false;
          }
          out.reads.push(o);
          continue;
        }
        if (o instanceof VariableAssignment) {
          if (fnMode && !o.isGlobal) continue;
          if (isTextCopy(o, textGlobals)) continue;
          return false;
        }
        if (o instanceof ChoicePoint) return false;
        if (o instanceof Divert) {
          if (o.variableDivertName != null || o.isExternal) return false;
          const t = o.targetPointer.container;
          if (!t) return false;
          if (tag !== null) {
            // A tag opened in a branch and closed after the conditional: fine
            // when its text cannot become a reported tag whatever follows.
            const t0 = tag.trimStart();
            if (["ending", "placeholder"].some((w) => t0.startsWith(w) || w.startsWith(t0))) return false;
            if (o.pushesToStack || o.isConditional || o.targetPointer.container !== r.parent) return false;
            tag = null;
          }
          if (o.pushesToStack) {
            if (o.stackPushType !== PushPopType.Function || o.isConditional || !pure.has(t)) return false;
            out.calls.push(t);
            continue;
          }
          if (!inRegion(t, o.targetPointer.index)) return false;
          if (!forward(c, i, t, o.targetPointer.index)) return false;
          continue;
        }
        return false;
      }
      return tag === null;
    };
    const checkContainer = (x: Container): boolean => {
      if (x.name && !AUTO_NAME.test(x.name)) return false;
      if (x.turnIndexShouldBeCounted) return false;
      if (captured.has(x) && !fnMode) return false;
      if (x.visitsShouldBeCounted) {
        if (badCounts.has(x)) return false;
        out.counted.push(x);
      }
      if (!checkList(x, 0, x.content.length)) return false;
      for (const v of x.namedContent.values()) {
        if (!(v instanceof Container) || x.content.includes(v)) continue;
        if (!checkContainer(v)) return false;
      }
      return true;
    };
    return checkList(r.parent, r.start, r.end);
  };

  // Pure functions: nothing but text and temporaries, calling only pure functions.
  const pure = new Set<Container>();
  const checkFunction = (fn: Container, badCounts: Set<Container>): boolean => {
    if (fn.turnIndexShouldBeCounted || fn.visitsShouldBeCounted) return false;
    const out = { reads: [] as InkObject[], calls: [] as Container[], counted: [] as Container[] };
    if (!checkRegion({ parent: fn, start: 0, end: fn.content.length }, true, pure, badCounts, out)) return false;
    for (const v of fn.namedContent.values()) {
      if (!(v instanceof Container) || fn.content.includes(v)) continue;
      if (v.name && !AUTO_NAME.test(v.name)) return false;
      const sub = { parent: v, start: 0, end: v.content.length };
      if (!checkRegion(sub, true, pure, badCounts, out)) return false;
    }
    // A counted container (a sequence) in a function would carry a count between calls.
    return out.counted.length === 0;
  };

  const collectReads = (c: Container, into: InkObject[]) => {
    for (const o of c.content) {
      if (o instanceof Container) collectReads(o, into);
      else if (isRead(o)) into.push(o);
    }
    for (const v of c.namedContent.values())
      if (v instanceof Container && !c.content.includes(v)) collectReads(v, into);
  };

  // Greatest fixpoint over visit counts: a counted container inside a
  // text-only region is fine as long as every read of its count is text-only.
  const badCounts = new Set<Container>();
  let reads = new Set<InkObject>();
  for (let round = 0; round < 50; round++) {
    pure.clear();
    let grew = true;
    while (grew) {
      grew = false;
      for (const fn of functionBodies) {
        if (pure.has(fn)) continue;
        if (checkFunction(fn, badCounts)) {
          pure.add(fn);
          grew = true;
        }
      }
    }

    reads = new Set<InkObject>();
    const textSites = new Set<InkObject>();
    const regionCounted: Container[] = [];
    const scanRegions = (p: Container) => {
      for (const k of childrenOf(p)) scanRegions(k);
      if (captured.has(p) || bodyOf.get(p)) return;
      let strings = 0;
      let tag = false;
      const content = p.content;
      const tryRegion = (r: Region): boolean => {
        const out = { reads: [] as InkObject[], calls: [] as Container[], counted: [] as Container[] };
        if (!checkRegion(r, false, pure, badCounts, out)) return false;
        for (const x of out.reads) reads.add(x);
        for (let i = r.start; i < r.end; i++) {
          const o = content[i] as InkObject;
          if (o instanceof Container) markSites(o, textSites);
          else if (o instanceof Divert && o.pushesToStack) textSites.add(o);
        }
        regionCounted.push(...out.counted);
        return true;
      };
      const runEnd = (from: number): number => {
        let k = from;
        while (k < content.length && content[k] instanceof Container && !(content[k] as Container).name) k++;
        const after = content[k];
        if (k > from && after instanceof ControlCommand && after.commandType === Cmd.PopEvaluatedValue) k++;
        return k;
      };
      let i = 0;
      while (i < content.length) {
        const o = content[i] as InkObject;
        const free = strings === 0 && !tag;
        if (o instanceof ControlCommand) {
          const t = o.commandType;
          if (t === Cmd.BeginString) strings++;
          else if (t === Cmd.EndString) strings = Math.max(0, strings - 1);
          else if (t === Cmd.BeginTag) tag = true;
          else if (t === Cmd.EndTag) tag = false;
          else if (t === Cmd.EvalStart && free) {
            let j = i + 1;
            while (j < content.length) {
              const x = content[j];
              if (x instanceof ControlCommand && (x.commandType === Cmd.EvalEnd || x.commandType === Cmd.EvalStart))
                break;
              if (
                x instanceof ControlCommand &&
                (x.commandType === Cmd.BeginString || x.commandType === Cmd.EndString)
              ) {
                j = content.length;
                break;
              }
              j++;
            }
            const endCmd = content[j];
            if (j < content.length && endCmd instanceof ControlCommand && endCmd.commandType === Cmd.EvalEnd) {
              const before = content[j - 1];
              if (before instanceof ControlCommand && before.commandType === Cmd.EvalOutput) {
                if (tryRegion({ parent: p, start: i, end: j + 1 })) {
                  i = j + 1;
                  continue;
                }
              } else if (isTextCopy(content[j + 1], textGlobals)) {
                // `~ eva_pl = pro_listened`: a value computed only to be stored in a text global.
                if (tryRegion({ parent: p, start: i, end: j + 2 })) {
                  i = j + 2;
                  continue;
                }
              } else if (content[j + 1] instanceof Container && !(content[j + 1] as Container).name) {
                const e = runEnd(j + 1);
                if (tryRegion({ parent: p, start: i, end: e })) {
                  i = e;
                  continue;
                }
              }
            }
          }
          i++;
          continue;
        }
        if (free && o instanceof Container && !o.name) {
          const e = runEnd(i);
          if (tryRegion({ parent: p, start: i, end: e })) {
            i = e;
            continue;
          }
        }
        i++;
      }
    };
    scanRegions(main);

    // A pure function's reads are text-only when every call of it is.
    const sitesOf = new Map<Container, { site: InkObject; holder: Container; captured: boolean }[]>();
    for (const call of functionCalls) {
      const list = sitesOf.get(call.target) ?? [];
      list.push(call);
      sitesOf.set(call.target, list);
    }
    const memo = new Map<Container, boolean>();
    const textFn = (fn: Container, depth: number): boolean => {
      const known = memo.get(fn);
      if (known !== undefined) return known;
      if (depth > 64 || !pure.has(fn)) return false;
      memo.set(fn, false);
      const sites = sitesOf.get(fn) ?? [];
      let ok = sites.length > 0;
      for (const s of sites) {
        if (!ok) break;
        if (s.captured) ok = false;
        else if (textSites.has(s.site)) ok = true;
        else {
          const body = bodyOf.get(s.holder);
          ok = body != null && body !== fn && textFn(body, depth + 1);
        }
      }
      memo.set(fn, ok);
      return ok;
    };
    for (const fn of functionBodies) {
      if (!textFn(fn, 0)) continue;
      const rs: InkObject[] = [];
      collectReads(fn, rs);
      for (const x of rs) reads.add(x);
    }

    // Counted containers inside text-only regions whose count something reads as control.
    const countReaders = new Map<Container, InkObject[]>();
    const noteCountReads = (c: Container) => {
      for (const o of c.content) {
        if (o instanceof Container) noteCountReads(o);
        else if (o instanceof VariableReference && o.pathForCount != null && o.containerForCount) {
          const list = countReaders.get(o.containerForCount) ?? [];
          list.push(o);
          countReaders.set(o.containerForCount, list);
        } else if (o instanceof ControlCommand && o.commandType === Cmd.VisitIndex) {
          const list = countReaders.get(c) ?? [];
          list.push(o);
          countReaders.set(c, list);
        } else if (o instanceof ChoicePoint && o.onceOnly && o.choiceTarget) {
          const list = countReaders.get(o.choiceTarget) ?? [];
          list.push(o);
          countReaders.set(o.choiceTarget, list);
        }
      }
      for (const v of c.namedContent.values()) if (v instanceof Container && !c.content.includes(v)) noteCountReads(v);
    };
    noteCountReads(main);
    let changed = false;
    for (const x of regionCounted) {
      if (badCounts.has(x)) continue;
      const rs = countReaders.get(x) ?? [];
      // `readc` of a literal target or a read through a variable: treat as control.
      if (rs.some((r) => !reads.has(r))) {
        badCounts.add(x);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { reads };
}

/** An assignment (not a declaration) to a global that nothing reads as control. */
function isTextCopy(o: InkObject | undefined, textGlobals: ReadonlySet<string>): boolean {
  return (
    o instanceof VariableAssignment &&
    o.isGlobal &&
    !o.isNewDeclaration &&
    o.variableName != null &&
    textGlobals.has(o.variableName)
  );
}

/**
 * A divert that cannot start a loop: forward within the container that
 * holds it or one of its ancestors, or into a named branch of its own
 * container (a conditional's `b`, a sequence's `s0`) at its start.
 */
function forward(c: Container, i: number, t: Container, index: number): boolean {
  let x: InkObject = c;
  let at = i;
  for (;;) {
    if (x === t) return index > at;
    const p: InkObject | null = x.parent;
    if (!p || !(p instanceof Container)) break;
    at = p.content.indexOf(x);
    if (at < 0) {
      // A named branch: it sits where its parent's content last diverts into it.
      const child = x;
      at = p.content.findLastIndex((o) => o instanceof Divert && o.targetPointer.container === child);
      if (at < 0) break;
    }
    x = p;
  }
  if (index !== 0 || t.parent !== c) return false;
  return !c.content.includes(t) && t.name != null && AUTO_NAME.test(t.name);
}

/** `a` is `c` or holds it (a divert there rejoins code that is already being scanned). */
function isAncestor(a: Container, c: Container): boolean {
  let x: InkObject | null = c;
  while (x) {
    if (x === a) return true;
    x = x.parent;
  }
  return false;
}

/** Every function call within `c` is a call from text-only code. */
function markSites(c: Container, into: Set<InkObject>): void {
  for (const o of c.content) {
    if (o instanceof Container) markSites(o, into);
    else if (o instanceof Divert && o.pushesToStack) into.add(o);
  }
  for (const v of c.namedContent.values()) if (v instanceof Container && !c.content.includes(v)) markSites(v, into);
}
