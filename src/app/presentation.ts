/**
 * From the player's settings and this run's flags to how text is presented.
 *
 * Owns: the rule that a command-line flag overrides a setting for one run,
 * and what "auto" means for each renderer. Pure.
 */
import type { Settings } from "../saves/settings.js";
import { colorLevel } from "../ui/style.js";
import type { Presentation } from "../ui/types.js";

/** The flags of one run that stand in for settings; undefined when not given. */
export interface PresentationFlags {
  width?: number;
  noColor?: boolean;
  color?: boolean;
  pacing?: Settings["pacing"];
  paging?: Settings["paging"];
  skipSeen?: "on" | "off";
}

export interface Terminal {
  env: Record<string, string | undefined>;
  isTTY: boolean;
  columns: number | undefined;
}

/** Which settings a flag overrides in this run. */
export function overriddenSettings(flags: PresentationFlags): (keyof Settings)[] {
  const out: (keyof Settings)[] = [];
  if (flags.width !== undefined) out.push("width");
  if (flags.noColor || flags.color) out.push("colour");
  if (flags.pacing !== undefined) out.push("pacing");
  if (flags.paging !== undefined) out.push("paging");
  if (flags.skipSeen !== undefined) out.push("skipSeen");
  return out;
}

export function presentationOf(
  settings: Settings,
  flags: PresentationFlags,
  term: Terminal,
  mode: "rich" | "plain",
): Presentation {
  const chosen = flags.width ?? (settings.width === "auto" ? undefined : settings.width);
  // Plain mode's "auto": the terminal's width when there is one, else unwrapped (best for pipes and screen readers).
  const width = chosen ?? (mode === "plain" ? (term.isTTY ? Math.min((term.columns ?? 80) - 1, 78) : 0) : undefined);
  const flagged = flags.noColor || flags.color;
  const colourLevel = colorLevel({
    env: term.env,
    isTTY: term.isTTY,
    noColorFlag: flags.noColor === true || (!flagged && settings.colour === "off"),
    colorFlag: flags.color === true || (!flagged && settings.colour === "on"),
  });
  return {
    width,
    colourLevel,
    pacing: flags.pacing ?? settings.pacing,
    paging: (flags.paging ?? settings.paging) === "on",
    // "auto": passing over read text suits a reader at a full screen; a screen reader hears every line as it was.
    skipSeen:
      (flags.skipSeen ?? (settings.skipSeen === "auto" ? (mode === "rich" ? "on" : "off") : settings.skipSeen)) ===
      "on",
  };
}
