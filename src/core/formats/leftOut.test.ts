import { describe, expect, it } from 'vitest';
import { leftOut } from './leftOut.ts';

describe('leftOut', () => {
  it('agrees noun and verb with the count', () => {
    expect(leftOut(1, 'event', 'events', 'brat has none')).toBe('1 event is left out: brat has none');
    expect(leftOut(2, 'event', 'events')).toBe('2 events are left out');
    expect(leftOut(0, 'event', 'events')).toBe('0 events are left out');
  });
});
