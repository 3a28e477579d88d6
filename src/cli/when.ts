/**
 * How times and play durations read on screen, in save lists and in `saves`.
 *
 * Owns: the one date format the player sees outside transcripts
 * ("2063-04-05 11:15", local time: the same digits transcripts use, which
 * add their time zone) and the play-time format ("1h 05m").
 */

/** "1h 05m", "12m", "40s". */
export function formatPlayTime(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}

/** A local date and time, "2063-04-05 11:15". */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
