import { describe, expect, it } from 'vitest';
import type { GroupParser } from './groupParser.ts';
import type { ImportGroup } from './importGroups.ts';
import { importUnits } from './importUnits.ts';
import { parseInOrder } from './parseInOrder.ts';

/** A parser that names the units it got and finishes when told, to order completions at will. */
function manualParser(label: string, inFlight: { now: number; most: number }) {
  const waiting: (() => void)[] = [];
  const parser: GroupParser = {
    parse(group) {
      inFlight.now += 1;
      inFlight.most = Math.max(inFlight.most, inFlight.now);
      return new Promise((resolve) => {
        waiting.push(() => {
          inFlight.now -= 1;
          resolve(group.map((unit) => ({ documents: [], problems: [{ file: unit.main.name, line: null, code: 'unreadable', values: { detail: label }, reason: label }] })));
        });
      });
    },
    close: () => {},
  };
  return { parser, finishOldest: () => waiting.shift()?.() };
}

const groups: ImportGroup[] = importUnits(
  Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.txt`, size: 1, read: async () => new Uint8Array() })),
).map((unit) => [unit]);

describe('parseInOrder', () => {
  it('gives the groups back in order however the parsers finish, sharing them out', async () => {
    const inFlight = { now: 0, most: 0 };
    const a = manualParser('a', inFlight);
    const b = manualParser('b', inFlight);
    const ordered = parseInOrder(groups, [a.parser, b.parser], 4);
    const got: string[] = [];
    for (let i = 0; i < groups.length; i++) {
      const next = ordered.next();
      // The second parser finishes first every time; the first one's group still comes out first.
      b.finishOldest();
      a.finishOldest();
      got.push(...(await next).map((result) => `${result.problems[0]!.file}:${result.problems[0]!.reason}`));
    }
    expect(got.map((entry) => entry.split(':')[0])).toEqual(groups.map((group) => group[0]!.main.name));
    expect(new Set(got.map((entry) => entry.split(':')[1]))).toEqual(new Set(['a', 'b']));
    expect(inFlight.most).toBeLessThanOrEqual(5);
  });

  it('passes a parser failure on with its group', async () => {
    const failing: GroupParser = { parse: async () => Promise.reject(new Error('unreadable')), close: () => {} };
    await expect(parseInOrder(groups, [failing], 2).next()).rejects.toThrow('unreadable');
  });
});
