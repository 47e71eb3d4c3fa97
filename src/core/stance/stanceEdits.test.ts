import { describe, expect, it } from 'vitest';
import { danglingStances, setStance, stanceTargets } from './stanceEdits.ts';

describe('stance', () => {
  it('keeps one label per target, replacing and clearing it', () => {
    const target = { kind: 'text', text: 'وزارة الخارجية' } as const;
    let stances = setStance([], target, 'against');
    expect(stances).toEqual([{ id: 's1', target: 'وزارة الخارجية', targetEntity: null, label: 'against' }]);
    stances = setStance(stances, target, 'favor');
    expect(stances).toEqual([{ id: 's1', target: 'وزارة الخارجية', targetEntity: null, label: 'favor' }]);
    stances = setStance(stances, { kind: 'entity', entityId: 'e3', text: 'فرنسا' }, 'neutral');
    expect(stances.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(setStance(stances, target, null).map((s) => s.id)).toEqual(['s2']);
  });

  it('offers the project’s targets, then the document’s entities', () => {
    const text = 'فرنسا تدعم المغرب';
    const targets = stanceTargets(['الحكومة'], [{ id: 'e1', start: 0, end: 5, label: 'GPE' }], text);
    expect(targets).toEqual([{ kind: 'text', text: 'الحكومة' }, { kind: 'entity', entityId: 'e1', text: 'فرنسا' }]);
  });

  it('offers the free-text targets of the document’s stances that the project lacks, once each', () => {
    const stances = [
      { id: 's1', target: 'الحكومة', targetEntity: null, label: 'favor' },
      { id: 's2', target: 'هجوم على المطار', targetEntity: null, label: 'disagree' },
      { id: 's3', target: 'فرنسا', targetEntity: 'e1', label: 'favor' },
      { id: 's4', target: 'هجوم على المطار', targetEntity: null, label: 'agree' },
    ];
    const targets = stanceTargets(['الحكومة'], [{ id: 'e1', start: 0, end: 5, label: 'GPE' }], 'فرنسا تدعم المغرب', stances);
    expect(targets).toEqual([
      { kind: 'text', text: 'الحكومة' },
      { kind: 'text', text: 'هجوم على المطار' },
      { kind: 'entity', entityId: 'e1', text: 'فرنسا' },
    ]);
  });

  it('flags stances toward a deleted entity', () => {
    const stances = [{ id: 's1', target: 'فرنسا', targetEntity: 'e1', label: 'favor' }];
    expect(danglingStances(stances, [])).toEqual(stances);
    expect(danglingStances(stances, [{ id: 'e1', start: 0, end: 5, label: 'GPE' }])).toEqual([]);
  });
});
