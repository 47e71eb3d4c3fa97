import { describe, expect, it } from 'vitest';
import { countPresentationForms, foldPresentationForms } from './presentationForms.ts';

describe('countPresentationForms', () => {
  it('counts Arabic presentation forms A and B', () => {
    expect(countPresentationForms('ﺍﻟﺮﺑﺎﻁ')).toBe(6);
    expect(countPresentationForms('ﷺ ﻻ')).toBe(2);
  });

  it('does not count ordinary letters or the BOM', () => {
    expect(countPresentationForms('\uFEFFالرباط abc')).toBe(0);
  });
});

describe('foldPresentationForms', () => {
  it('turns presentation forms into ordinary letters', () => {
    expect(foldPresentationForms('ﺍﻟﺮﺑﺎﻁ')).toBe('الرباط');
    expect(foldPresentationForms('ﻻ ﺇﻟﻪ')).toBe('لا إله');
  });

  it('leaves everything else as written', () => {
    const text = 'مدريد … ! ２٠١٣ ﬁ x²\u200C\u202B';
    expect(foldPresentationForms(text)).toBe(text);
    expect(foldPresentationForms('عن ﺍﻟﺮﺑﺎﻁ …')).toBe('عن الرباط …');
  });
});
