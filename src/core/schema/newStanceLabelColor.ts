import type { StanceLabel } from './projectSchema.ts';

/**
 * Colours a new stance label starts with, none a default label's; light, like the defaults,
 * because the annotation screen writes dark ink on the colour of the chosen stance.
 */
const NEW_STANCE_COLORS = ['#64b5f6', '#ffb74d', '#ba68c8', '#4db6ac', '#f06292', '#a1887f'] as const;
/** A neutral grey once every colour above is taken; the user can still pick another. */
const NEUTRAL_COLOR = '#bdbdbd';

/** The first of the new-label colours no stance label has yet, so each added label stands apart. */
export function newStanceLabelColor(labels: readonly StanceLabel[]): string {
  const used = new Set(labels.map((label) => label.color.toLowerCase()));
  return NEW_STANCE_COLORS.find((color) => !used.has(color)) ?? NEUTRAL_COLOR;
}
