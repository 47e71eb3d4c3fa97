import { describe, expect, it } from 'vitest';
import { blobInput, type ImportInput } from './importInput.ts';
import { importGroups } from './importGroups.ts';
import { importUnits } from './importUnits.ts';

const file = (name: string): ImportInput => blobInput(name, new Blob([name]));
const readOnly = (name: string): ImportInput => ({ name, size: 1, read: async () => new Uint8Array([0x61]) });

describe('importGroups', () => {
  it('cuts Blob units into groups of up to 64 files, in order, counting a pair as two files', () => {
    const inputs = [file('a.ann'), file('a.txt'), ...Array.from({ length: 70 }, (_, i) => file(`f${i}.txt`))];
    const groups = importGroups(importUnits(inputs));
    expect(groups.map((group) => group.length)).toEqual([63, 8]);
    expect(groups.flat().map((unit) => unit.main.name)).toEqual(['a.ann', ...Array.from({ length: 70 }, (_, i) => `f${i}.txt`)]);
  });

  it('gives a unit whose files are not Blobs a group of its own', () => {
    const groups = importGroups(importUnits([file('a.txt'), file('b.txt'), readOnly('c.txt'), file('d.txt')]));
    expect(groups.map((group) => group.map((unit) => unit.main.name))).toEqual([['a.txt', 'b.txt'], ['c.txt'], ['d.txt']]);
  });
});
