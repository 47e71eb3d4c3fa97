/** Active time as hours and minutes, e.g. "1 h 05 min" / "١ س ٠٥ د", through the locale's number format. */
export function formatDuration(ms: number, numbers: { format(value: number): string }, units: { hours: string; minutes: string }): string {
  // Some time, but less than a minute: say so rather than "0 min".
  if (ms > 0 && ms < 30_000) return `< ${numbers.format(1)} ${units.minutes}`;
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${numbers.format(rest)} ${units.minutes}`;
  return `${numbers.format(hours)} ${units.hours} ${numbers.format(rest)} ${units.minutes}`;
}
