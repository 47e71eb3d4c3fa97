import type { ImportUnit } from './importUnits.ts';

/** Files read together as one Blob: per-file reads cost more than the bytes themselves. */
const GROUP_FILES = 64;

/** Consecutive units parsed as one piece of work: read together, parsed in order. */
export type ImportGroup = readonly ImportUnit[];

const unitFiles = (unit: ImportUnit) => (unit.partner ? 2 : 1);
const hasBlobs = (unit: ImportUnit) => unit.main.blob !== undefined && (!unit.partner || unit.partner.blob !== undefined);

/**
 * Cuts the units, in order, into groups of up to GROUP_FILES files whose every file is
 * a Blob, so each group is one read; a unit with a file that is not a Blob is a group
 * of its own, read file by file.
 */
export function importGroups(units: readonly ImportUnit[]): ImportGroup[] {
  const groups: ImportUnit[][] = [];
  let open: ImportUnit[] | null = null;
  let openFiles = 0;
  for (const unit of units) {
    if (!hasBlobs(unit)) {
      groups.push([unit]);
      open = null;
      continue;
    }
    if (!open || openFiles + unitFiles(unit) > GROUP_FILES) {
      open = [];
      openFiles = 0;
      groups.push(open);
    }
    open.push(unit);
    openFiles += unitFiles(unit);
  }
  return groups;
}
