/**
 * "1 event is left out" / "3 events are left out": an export's loss reasons name a count,
 * and the noun and verb agree with it. `detail` follows after a colon when given.
 */
export function leftOut(count: number, singular: string, plural: string, detail?: string): string {
  const what = count === 1 ? `1 ${singular} is` : `${count} ${plural} are`;
  return `${what} left out${detail ? `: ${detail}` : ''}`;
}
