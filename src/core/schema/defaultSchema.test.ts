import { describe, expect, it } from 'vitest';
import { defaultSchema } from './defaultSchema.ts';
import { validateSchema } from './validateSchema.ts';
import { RESERVED_KEYS } from './reservedKeys.ts';
import { eventGroupOf } from './defaultEventTypes.ts';

/** Relative luminance (WCAG) of an sRGB colour drawn at `alpha` over white. */
function luminanceOver(color: string, alpha: number): number {
  const channels = [1, 3, 5].map((i) => {
    const c = (alpha * parseInt(color.slice(i, i + 2), 16) + (1 - alpha) * 255) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

function hue(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('defaultSchema', () => {
  it('validates clean', () => {
    expect(validateSchema(defaultSchema())).toEqual([]);
  });

  it('has the 21 Wojood entity types with both names', () => {
    const { entities } = defaultSchema();
    expect(entities.map((l) => l.tag)).toEqual([
      'PERS', 'NORP', 'OCC', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'DATE', 'TIME', 'LANGUAGE',
      'WEBSITE', 'LAW', 'PRODUCT', 'CARDINAL', 'ORDINAL', 'PERCENT', 'QUANTITY', 'UNIT', 'MONEY', 'CURR',
    ]);
    expect(entities.find((l) => l.tag === 'GPE')?.name).toEqual({ en: 'Geopolitical entity', ar: 'كيان جيوسياسي' });
    expect(entities.find((l) => l.tag === 'PERS')?.hotkey).toBe('KeyP');
  });

  it('gives entity colours that keep black text readable at 40% alpha, all different', () => {
    const { entities } = defaultSchema();
    for (const label of entities) {
      // WCAG AAA contrast (7:1) of black text on the highlight.
      expect((luminanceOver(label.color, 0.4) + 0.05) / 0.05, label.tag).toBeGreaterThanOrEqual(7);
    }
    expect(new Set(entities.map((l) => l.color)).size).toBe(21);
  });

  it('keeps the hues of PERS, ORG, GPE and LOC at least 60 degrees apart', () => {
    const colors = ['PERS', 'ORG', 'GPE', 'LOC'].map((tag) => defaultSchema().entities.find((l) => l.tag === tag)!.color);
    const hues = colors.map(hue);
    for (let i = 0; i < hues.length; i++) {
      for (let j = i + 1; j < hues.length; j++) {
        const gap = Math.abs(hues[i]! - hues[j]!);
        expect(Math.min(gap, 360 - gap)).toBeGreaterThanOrEqual(60);
      }
    }
  });

  it('has the 33 ACE 2005 event subtypes in 8 types, with Place and time roles', () => {
    const { events } = defaultSchema();
    expect(events).toHaveLength(33);
    expect(new Set(events.map((e) => eventGroupOf(e.type).key)).size).toBe(8);
    expect(events.every((e) => eventGroupOf(e.type).name)).toBe(true);
    const roles = (type: string) => events.find((e) => e.type === type)!.roles.map((r) => r.role);
    expect(roles('Justice:Arrest-Jail')).toEqual([
      'Person', 'Agent', 'Crime', 'Place', 'Time-Within', 'Time-Holds', 'Time-Starting', 'Time-Ending',
      'Time-Before', 'Time-After', 'Time-At-Beginning', 'Time-At-End',
    ]);
    expect(roles('Movement:Transport')).not.toContain('Place');
    expect(roles('Conflict:Demonstrate')).toContain('Place');
    expect(new Set(events.flatMap((e) => e.roles.map((r) => r.role))).size).toBe(35);
  });

  it('has four stance labels on digits 1 to 4 and no targets', () => {
    const schema = defaultSchema();
    expect(schema.stanceLabels.map((l) => [l.tag, l.hotkey])).toEqual([
      ['favor', 'Digit1'],
      ['against', 'Digit2'],
      ['neutral', 'Digit3'],
      ['unrelated', 'Digit4'],
    ]);
    expect(schema.stanceTargets).toEqual([]);
  });

  it('uses no reserved key', () => {
    const schema = defaultSchema();
    const keys = [...schema.entities, ...schema.events, ...schema.stanceLabels].map((l) => l.hotkey);
    expect(keys.filter((k) => k !== null && RESERVED_KEYS.has(k))).toEqual([]);
  });

  it('returns a fresh copy each call', () => {
    const first = defaultSchema();
    first.entities[0]!.name.en = 'Changed';
    first.events[0]!.roles[0]!.name.ar = 'تغيير';
    const second = defaultSchema();
    expect(second.entities[0]!.name.en).toBe('Person');
    expect(second.events[0]!.roles[0]!.name.ar).toBe('الشخص');
  });
});
