/**
 * Durations and times as the player reads them.
 *
 * Owns: every way the game writes a duration ("45 s", "12 min",
 * "1 h 05 min"; "12.3 s" for a measured run), a time of day and date in a
 * time zone ("2063-04-05 09:30 UTC"), and the compact UTC stamp in the
 * names of files the game keeps aside ("20630405T093000Z"). Pure: the
 * machine's time zone is read only when no zone is given.
 */

/** Play time: "45 s", "12 min", "1 h 05 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** A measured run: "12.3 s" (with `digits` decimals). */
export function formatSeconds(ms: number, digits = 1): string {
  return `${(ms / 1000).toFixed(digits)} s`;
}

/** The machine's time zone, "UTC" when it has none. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** The compact UTC stamp for a file kept aside: "20630405T093000Z". */
export function fileStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/**
 * Formats ISO times in one time zone as "2063-04-05 09:30" (date) and "09:30" (time of day).
 * Without a zone, times are the machine's own, read from the clock's local
 * fields: Intl's time-zone data (tens of milliseconds to load) is loaded only
 * for a named zone, or when the machine's zone is asked for by name.
 */
export class TimeFormat {
  /** The zone's name; null until asked for, on the machine's own zone. */
  #zone: string | null;
  /** Null on the machine's own zone. */
  #parts: Intl.DateTimeFormat | null = null;

  /** `timeZone` defaults to the machine's; an unknown zone falls back to UTC. */
  constructor(timeZone?: string) {
    if (timeZone === undefined) {
      this.#zone = null;
      return;
    }
    let zone = timeZone;
    try {
      this.#parts = TimeFormat.#formatter(zone);
    } catch {
      zone = "UTC";
      this.#parts = TimeFormat.#formatter(zone);
    }
    this.#zone = zone;
  }

  /** The zone's name ("Europe/Paris", "UTC"). */
  get zone(): string {
    this.#zone ??= localTimeZone();
    return this.#zone;
  }

  static #formatter(timeZone: string): Intl.DateTimeFormat {
    return new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
  }

  #fields(iso: string): { date: string; time: string } | null {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) return null;
    const parts = this.#parts;
    if (!parts) {
      const d = new Date(t);
      const two = (n: number) => String(n).padStart(2, "0");
      return {
        date: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`,
        time: `${two(d.getHours())}:${two(d.getMinutes())}`,
      };
    }
    const get = (type: Intl.DateTimeFormatPartTypes) =>
      parts.formatToParts(t).find((p) => p.type === type)?.value ?? "??";
    return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
  }

  /** "2063-04-05 09:30 UTC", or "unknown time" for a malformed stamp. */
  full(iso: string): string {
    const f = this.#fields(iso);
    return f ? `${f.date} ${f.time} ${this.zone}` : "unknown time";
  }

  /** "2063-04-05 09:30" without the zone (for lists on the player's own machine), or "unknown time". */
  dateTime(iso: string): string {
    const f = this.#fields(iso);
    return f ? `${f.date} ${f.time}` : "unknown time";
  }

  /** "09:30", with the date in front when it is not `sameDayAs`'s date. */
  short(iso: string, sameDayAs: string): string {
    const f = this.#fields(iso);
    if (!f) return "unknown time";
    const base = this.#fields(sameDayAs);
    return base && base.date === f.date ? f.time : `${f.date} ${f.time}`;
  }
}
