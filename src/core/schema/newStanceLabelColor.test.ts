import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE_LABELS } from './defaultStanceLabels.ts';
import { newStanceLabelColor } from './newStanceLabelColor.ts';
import type { StanceLabel } from './projectSchema.ts';

const label = (tag: string, color: string): StanceLabel => ({ tag, name: { ar: tag, en: tag }, color, hotkey: null });

describe('newStanceLabelColor', () => {
  it('starts with a colour no default label has', () => {
    const first = newStanceLabelColor(DEFAULT_STANCE_LABELS);
    expect(DEFAULT_STANCE_LABELS.map((l) => l.color)).not.toContain(first);
  });

  it('skips colours already taken, whatever their case', () => {
    const first = newStanceLabelColor([]);
    const second = newStanceLabelColor([label('agree', first.toUpperCase())]);
    expect(second).not.toBe(first);
    expect([first, second]).not.toContain(newStanceLabelColor([label('agree', first), label('disagree', second)]));
  });

  it('falls back to one neutral grey once every colour is taken', () => {
    const labels: StanceLabel[] = [];
    for (let i = 0; i < 6; i++) labels.push(label(`l${i}`, newStanceLabelColor(labels)));
    expect(new Set(labels.map((l) => l.color)).size).toBe(6);
    expect(newStanceLabelColor(labels)).toBe('#bdbdbd');
  });
});
