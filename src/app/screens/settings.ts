/**
 * The Settings screen: each setting with its value, changed from a list.
 *
 * Owns: the words for each setting and its values, and the loop of the
 * screen. Every change is stored at once and handed back to be put in force.
 * Knows the store only through SettingsAccess.
 */
import type { Settings } from "../../saves/settings.js";
import type { MenuOption, Renderer } from "../../ui/types.js";

export interface SettingsAccess {
  settings(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
}

type Key = "width" | "colour" | "pacing" | "paging" | "skipSeen";

const LABELS: Record<Key, string> = {
  width: "Text width",
  colour: "Colour",
  pacing: "Typewriter pacing",
  paging: "Paging",
  skipSeen: "Skip text already read",
};

/** A setting's value in words. */
function describeSetting(key: Key, s: Settings, mode: Renderer["mode"] = "rich"): string {
  switch (key) {
    case "width":
      return s.width === "auto" ? "auto (follows the terminal)" : `${s.width} columns`;
    case "colour":
      return s.colour === "auto" ? "auto (follows the terminal and NO_COLOR)" : s.colour;
    case "pacing":
      return s.pacing === "off" ? "off (text appears at once)" : s.pacing;
    case "paging":
      return s.paging === "on" ? "on (text waits for a key after a screenful)" : "off";
    case "skipSeen":
      return s.skipSeen === "auto"
        ? mode === "plain"
          ? "auto (off in plain mode, on in the full-screen game)"
          : "auto (on; off in plain mode)"
        : s.skipSeen === "on"
          ? "on (lines read in any playthrough pass at once, dimmed, until the first new one)"
          : "off";
  }
}

const VALUES: Record<Exclude<Key, "width">, readonly string[]> = {
  colour: ["auto", "on", "off"],
  pacing: ["off", "fast", "slow"],
  paging: ["on", "off"],
  skipSeen: ["auto", "on", "off"],
};

const WIDTHS = ["auto", "60", "72", "80", "100"] as const;

/** Asks for a new value of one setting; null when the player goes back. */
async function pickValue(r: Renderer, key: Key, current: Settings): Promise<Partial<Settings> | null> {
  if (key === "width") {
    const options: MenuOption[] = [
      ...WIDTHS.map((w) => ({ value: w, label: w === "auto" ? "auto (follows the terminal)" : `${w} columns` })),
      { value: "other", label: "Another width…" },
      { value: "back", label: "Back", back: true },
    ];
    const picked = await r.menu(`Text width (now ${describeSetting("width", current)})`, options);
    if (!picked || picked === "back") return null;
    if (picked === "auto") return { width: "auto" };
    if (picked !== "other") return { width: Number(picked) };
    const typed = await r.prompt("Width in columns (20 to 1000):");
    const n = typed && /^\d{1,4}$/.test(typed) ? Number(typed) : Number.NaN;
    if (!(n >= 20 && n <= 1000)) {
      if (typed) r.message(`"${typed.slice(0, 20)}" is not a width from 20 to 1000; the width is unchanged.`, "warn");
      return null;
    }
    return { width: n };
  }
  const picked = await r.menu(`${LABELS[key]} (now ${current[key]})`, [
    ...VALUES[key].map((v) => ({ value: v, label: v })),
    { value: "back", label: "Back", back: true },
  ]);
  return picked && VALUES[key].includes(picked) ? ({ [key]: picked } as Partial<Settings>) : null;
}

/**
 * Runs the Settings screen until the player leaves it. `apply` puts each
 * change in force at once; `overridden` names the settings a command-line
 * flag holds for this run.
 */
export async function runSettings(
  r: Renderer,
  access: SettingsAccess,
  apply: (s: Settings) => void,
  overridden: readonly (keyof Settings)[] = [],
): Promise<void> {
  let current: Settings;
  try {
    current = await access.settings();
  } catch (err) {
    r.message(`Your settings could not be read: ${(err as Error).message}`, "error");
    return;
  }
  for (;;) {
    const keys = Object.keys(LABELS) as Key[];
    const key = await r.menu("Settings", [
      ...keys.map((k) => ({
        value: k,
        label: `${LABELS[k]}: ${describeSetting(k, current, r.mode)}`,
        ...(overridden.includes(k) ? { hint: "a command-line flag overrides this until the game is closed" } : {}),
      })),
      { value: "back", label: "Back", back: true },
    ]);
    if (!key || !keys.includes(key as Key)) return;
    const patch = await pickValue(r, key as Key, current);
    if (!patch) continue;
    try {
      current = await access.update(patch);
    } catch (err) {
      r.message(`The setting could not be saved: ${(err as Error).message}`, "error");
      continue;
    }
    apply(current);
    r.message(`${LABELS[key as Key]}: ${describeSetting(key as Key, current, r.mode)}.`);
  }
}
