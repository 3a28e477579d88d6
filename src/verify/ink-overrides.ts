/**
 * Every change the verifier makes to how inkjs runs a story, in one place.
 *
 * Owns: the methods replaced on the verifier's own `Story` instance (never
 * on inkjs's classes, so the game's stories are untouched). Each one:
 *
 * 1. `VisitContainer`: calls `onVisit(container)` first, then inkjs's own.
 *    Records coverage (knots, stitches, gathers, choices reached) and
 *    whether a run entered a chapter boundary. Behaviour unchanged.
 * 2. `Step`: counts steps per segment; past `stepBudget` it ends the story
 *    (`state.ForceEnd()`) and sets `budgetHit`, so a divert loop with no
 *    choice is reported as never yielding instead of hanging. Every 16 steps
 *    it also counts and drops the finished lines at the front of the output
 *    stream (`trimmedWords`, `trimmedTags`): a segment runs as one
 *    `Continue()` (3), and inkjs rescans the whole stream on every step, so
 *    an untrimmed stream makes a long segment quadratic. Never inside a
 *    function call (a function's output is trimmed by inkjs when it
 *    returns), an open string or an open tag.
 * 3. `StateSnapshot`: does nothing. inkjs takes it at every newline to look
 *    ahead for glue; without it `Continue()` runs on to the next choice or
 *    end, so a whole segment between choices is one call. Control flow is
 *    unchanged; only the splitting into lines is skipped, which the
 *    verifier does itself (output.ts), and with it inkjs's re-cleaning of
 *    the current line on every step (half of all time before).
 * 4. `ContinueSingleStep`: only the step and the invisible default choice.
 *    With no look-ahead snapshot ever taken (3) and no state patch (only
 *    background saving makes one), that is all inkjs's version does after a
 *    step; the rest is snapshot bookkeeping that scans the whole output
 *    stream twice per step (a quarter of all time on long segments).
 *    tests/verify/stepping.test.ts holds the result to plain inkjs.
 * 5. `VariablesState.GetRawVariableWithName` and `SetGlobal`, on the
 *    story's own variables state (again after every `ResetState`, which
 *    makes a new one): report every variable read (by name: globals and
 *    temporaries alike, every read inkjs makes goes through it) and every
 *    global written to `onVariable`, then do inkjs's own. Lets the verifier
 *    know exactly which globals one run between choices touched (a chapter
 *    crossing that reads none of a state's frame values need not be run
 *    again for each frame). Behaviour unchanged.
 *
 * Each replaced method is listed in ink-internals.ts's PRIVATE_MEMBERS, so
 * an inkjs that renames one fails loudly instead of running unpatched.
 */
import { type Container, type InkObject, PushPopType, type Story } from "./ink-internals.js";
import { type EndTag, scanOutput, trimPoint } from "./output.js";

export interface OverrideOptions {
  /** Most steps in one segment before the story is ended. */
  stepBudget: number;
  /** Called on every container inkjs visits (coverage). */
  onVisit: (container: Container) => void;
  /** Word counts per output object, shared with the verifier's own scans. */
  wordCache: WeakMap<InkObject, number>;
  /** Called on every variable read (`write` false) and every global written (`write` true). */
  onVariable?: (name: string, write: boolean) => void;
}

/** The verifier's story, with the overrides above installed. */
export class InkOverrides {
  /** Steps taken since the last `startSegment()`. */
  steps = 0;
  /** The step budget ran out in this segment and the story was ended. */
  budgetHit = false;
  /** Words and end tags in lines dropped from the output stream since the last `takeTrimmed()`. */
  private trimmedWords = 0;
  private trimmedTags: EndTag[] = [];

  constructor(
    private readonly story: Story,
    private readonly options: OverrideOptions,
  ) {
    const visitContainer = story.VisitContainer.bind(story);
    story.VisitContainer = (c: Container, atStart: boolean) => {
      options.onVisit(c);
      visitContainer(c, atStart);
    };
    const step = story.Step.bind(story);
    story.Step = () => {
      if (++this.steps > options.stepBudget) {
        this.budgetHit = true;
        story.state.ForceEnd();
        return;
      }
      if ((this.steps & 15) === 0) this.trimOutput();
      step();
    };
    const onVariable = options.onVariable;
    if (onVariable) {
      const watch = (): void => {
        const vars = story.state.variablesState;
        const read = vars.GetRawVariableWithName.bind(vars);
        const write = vars.SetGlobal.bind(vars);
        vars.GetRawVariableWithName = (name: string | null, contextIndex: number) => {
          if (name !== null) onVariable(name, false);
          return read(name, contextIndex);
        };
        vars.SetGlobal = (name: string | null, value: InkObject) => {
          if (name !== null) onVariable(name, true);
          return write(name, value);
        };
      };
      const reset = story.ResetState.bind(story);
      story.ResetState = () => {
        reset();
        watch();
      };
      watch();
    }
    story.StateSnapshot = () => {};
    story.ContinueSingleStep = () => {
      story.Step();
      if (!story.canContinue && !story.state.callStack.elementIsEvaluateFromGame)
        story.TryFollowDefaultInvisibleChoice();
      return false;
    };
  }

  /** Starts a segment: the step budget starts again. */
  startSegment(): void {
    this.steps = 0;
    this.budgetHit = false;
  }

  /** Words and end tags of the lines dropped from the output since the last call. */
  takeTrimmed(): { words: number; tags: EndTag[] } {
    const out = { words: this.trimmedWords, tags: this.trimmedTags };
    this.trimmedWords = 0;
    this.trimmedTags = [];
    return out;
  }

  private trimOutput(): void {
    const s = this.story.state;
    const stream = s.outputStream;
    if (stream.length < 48) return;
    if (s.callStack.elements.some((el) => el.type === PushPopType.Function)) return;
    const cut = trimPoint(stream);
    if (cut <= 0) return;
    const scan = scanOutput(stream.slice(0, cut), this.options.wordCache);
    if (scan.openString || scan.openTag) return;
    this.trimmedWords += scan.words;
    this.trimmedTags.push(...scan.endingTags);
    stream.splice(0, cut);
    s.OutputStreamDirty();
  }
}
