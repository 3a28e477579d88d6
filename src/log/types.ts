/**
 * The playthrough log: the single record of a game.
 *
 * Owns: the event types. A playthrough is an append-only list of events; a
 * save is this log plus a cached ink state, a transcript is a rendering of
 * it, undo appends an `undone` event, and replay feeds its choices to a
 * fresh story. Nothing here touches files or the terminal.
 */

export const LOG_FORMAT = 1;

/** A choice as recorded: its position, its text and the ink path it leads to. */
export interface ChoiceRecord {
  index: number;
  text: string;
  target: string;
}

interface EventBase {
  /** Turn number: how many choices had been made on the kept path when this happened. */
  turn: number;
  /** ISO 8601 time. */
  at: string;
}

export type LogEvent =
  | (EventBase & { type: "text"; text: string; tags: string[] })
  | (EventBase & { type: "choices"; choices: ChoiceRecord[] })
  | (EventBase & { type: "choose"; choice: ChoiceRecord })
  | (EventBase & { type: "chapter"; title: string })
  | (EventBase & { type: "end"; ending: string | null })
  | (EventBase & {
      type: "meta";
      action: MetaAction;
      /** For `undone`: the turn the game went back to. */
      toTurn?: number;
      /** A short human-readable note (slot name, reason, ...). */
      detail?: string;
    });

/** Every kind of meta event, for the readers that check a log's shape. */
export const META_ACTIONS = ["started", "saved", "loaded", "undone", "migrated", "settings", "resumed"] as const;
export type MetaAction = (typeof META_ACTIONS)[number];

export interface PlaythroughLog {
  format: typeof LOG_FORMAT;
  /** Random id of this playthrough. */
  id: string;
  storyId: string;
  /** sha256 of the compiled story this playthrough was played on (and last migrated to). */
  storyHash: string;
  /** The seed ink's random numbers started from. */
  seed: number;
  startedAt: string;
  events: LogEvent[];
}
