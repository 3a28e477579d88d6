/**
 * The rich renderer's colours.
 *
 * Owns: the palette (which colour each kind of text and each speaker takes),
 * made with chalk at the level ui/style.ts `colorLevel` decides. Apart from
 * style.ts so that chalk is loaded only by a renderer that colours: the
 * plain renderer never loads it (app/play.ts imports this module when a
 * terminal gets the rich renderer).
 */
import { Chalk, type ChalkInstance } from "chalk";

export interface Palette {
  chalk: ChalkInstance;
  text(s: string): string;
  noir(s: string): string;
  speaker(name: string, s: string): string;
  scene(s: string): string;
  chapter(s: string): string;
  dim(s: string): string;
  choiceNumber(s: string): string;
  warn(s: string): string;
  error(s: string): string;
  accent(s: string): string;
}

const SPEAKER_COLORS: Record<string, (c: ChalkInstance) => ChalkInstance> = {
  picard: (c) => c.hex("#e0b050"),
  crusher: (c) => c.hex("#6fb3d2"),
  lily: (c) => c.hex("#e07a5f"),
  data: (c) => c.hex("#c9c9a3"),
  worf: (c) => c.hex("#c05050"),
  riker: (c) => c.hex("#8fb996"),
  queen: (c) => c.hex("#74c69d").bold,
  borg: (c) => c.hex("#52b788"),
  hologram: (c) => c.hex("#a29bfe"),
  emh: (c) => c.hex("#a29bfe"),
};

export function makePalette(level: 0 | 1 | 2 | 3): Palette {
  const chalk = new Chalk({ level });
  return {
    chalk,
    text: (s) => s,
    noir: (s) => chalk.hex("#d8c3a5")(s),
    speaker: (name, s) => {
      const key = name.toLowerCase().split(/\s+/).at(-1) ?? "";
      const style = SPEAKER_COLORS[key] ?? SPEAKER_COLORS[name.toLowerCase().split(/\s+/)[0] ?? ""];
      return style ? style(chalk)(s) : chalk.white(s);
    },
    scene: (s) => chalk.dim.italic(s),
    chapter: (s) => chalk.bold.hex("#74c69d")(s),
    dim: (s) => chalk.dim(s),
    choiceNumber: (s) => chalk.bold.cyan(s),
    warn: (s) => chalk.yellow(s),
    error: (s) => chalk.red(s),
    accent: (s) => chalk.green(s),
  };
}
