import type { GroupParser } from './groupParser.ts';
import type { ImportGroup } from './importGroups.ts';
import type { ParsedUnitResult } from './parseGroup.ts';

export interface OrderedResults {
  /** The next group's results: groups come back in their order, whichever parser finished first. */
  next(): Promise<ParsedUnitResult[]>;
}

/**
 * Hands the groups to the parsers, each to the one with the fewest groups in flight,
 * keeping at most `ahead` groups read or parsed beyond the one being consumed so
 * memory stays bounded while the writer catches up.
 */
export function parseInOrder(groups: readonly ImportGroup[], parsers: readonly GroupParser[], ahead: number): OrderedResults {
  const inFlight = parsers.map(() => 0);
  const results = new Map<number, Promise<ParsedUnitResult[]>>();
  let dispatched = 0;
  let consumed = 0;
  const dispatch = () => {
    while (dispatched < groups.length && dispatched < consumed + ahead) {
      const k = inFlight.indexOf(Math.min(...inFlight));
      inFlight[k]! += 1;
      const result = parsers[k]!.parse(groups[dispatched]!).finally(() => {
        inFlight[k]! -= 1;
      });
      // A failure surfaces when its group is consumed; until then it must not count as unhandled.
      result.catch(() => undefined);
      results.set(dispatched++, result);
    }
  };
  return {
    next() {
      if (consumed >= groups.length) throw new Error('parseInOrder: no groups left');
      dispatch();
      const result = results.get(consumed)!;
      results.delete(consumed++);
      dispatch();
      return result;
    },
  };
}
