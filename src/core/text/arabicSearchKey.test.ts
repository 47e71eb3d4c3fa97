import { describe, expect, it } from 'vitest';
import { arabicSearchKey, foldChar, matchesSearch } from './arabicSearchKey.ts';

describe('arabicSearchKey', () => {
  it('removes tashkeel', () => {
    expect(arabicSearchKey('مُحَمَّدٌ')).toBe('محمد');
    expect(arabicSearchKey('الرَّحْمٰنِ')).toBe('الرحمن');
  });

  it('removes tatweel', () => {
    expect(arabicSearchKey('الربـــاط')).toBe('الرباط');
  });

  it('folds alef, yeh, teh marbuta and waw-hamza variants', () => {
    expect(arabicSearchKey('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
    expect(arabicSearchKey('مستشفى رئيس')).toBe('مستشفي رييس');
    expect(arabicSearchKey('مدرسة')).toBe('مدرسه');
    expect(arabicSearchKey('مؤتمر')).toBe('موتمر');
  });

  it('folds alef followed by a combining madda or hamza like the precomposed letter', () => {
    expect(arabicSearchKey('ا\u0653مال')).toBe(arabicSearchKey('آمال'));
    expect(arabicSearchKey('ا\u0654حمد')).toBe('احمد');
  });

  it('folds presentation forms through NFKC', () => {
    expect(arabicSearchKey('ﺍﻟﺮﺑﺎﻁ')).toBe('الرباط');
    expect(arabicSearchKey('ﻻ')).toBe('لا');
  });

  it('removes bidi controls and zero-width characters', () => {
    expect(arabicSearchKey('\u202Bال\u200Cرباط\u202C\u2067x\u2069\uFEFF\u061C')).toBe('الرباطx');
  });

  it('lowercases Latin, folds Arabic-Indic digits and collapses whitespace', () => {
    expect(arabicSearchKey('  UMT\u00A0\u00A0نقابة\n\t٢٠١٣ ۱۲ ')).toBe('umt نقابه 2013 12');
  });

  it('folds Persian yeh and keheh', () => {
    expect(arabicSearchKey('کتابی')).toBe('كتابي');
  });
});

/** The key as regular expressions word it, one step each: the definition the one-pass key must match. */
function keyBySteps(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/[أإآٱىئةؤیک\u0660-\u0669\u06F0-\u06F9]/g, foldChar)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

describe('arabicSearchKey against its definition step by step', () => {
  it('keys every BMP code unit alone and between letters as the steps do', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const s of [c, `ب${c}ت`, ` ${c} `]) if (arabicSearchKey(s) !== keyBySteps(s)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('keys random mixtures of tashkeel, variants, spaces, controls, presentation forms, Latin and emoji as the steps do', () => {
    const alphabet = [
      ...'ابتةىيأإآٱئؤوهکی', '\u064E', '\u0651', '\u0653', '\u0654', '\u0670', '\u0640', ' ', '  ', '\n', '\r\n', '\t', '\u00A0',
      '\u2003', '\u3000', '\u200B', '\u200C', '\u200D', '\u200F', '\u202B', '\u2067', '\uFEFF', '\u061C', 'ﻻ', 'ﺍ', 'ﻟ', 'ﷲ',
      '٢', '۳', '7', 'A', 'z', 'Σ', 'İ', 'ß', 'ﬁ', '😀', '\uD83C', '\uDDF2', 'é', 'e\u0301',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const length = Math.floor(random() * 40);
      for (let k = 0; k < length; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      expect(arabicSearchKey(s), JSON.stringify(s)).toBe(keyBySteps(s));
    }
  });

  it('keys a text longer than the pieces it is collected in', () => {
    const long = 'الرَّباط  عاصمة\u00A0المغرب. '.repeat(2000);
    expect(arabicSearchKey(long)).toBe(keyBySteps(long));
  });
});

describe('matchesSearch', () => {
  const key = arabicSearchKey('احتضن مقر وزارة الشؤون الخارجية والتعاون بالعاصمة الرباط');

  it('finds a vocalised, stretched, variant spelling of the query', () => {
    expect(matchesSearch(key, 'الشُّـــؤون')).toBe(true);
    expect(matchesSearch(key, 'وزاره')).toBe(true);
  });

  it('does not find what is not there, and an empty query matches all', () => {
    expect(matchesSearch(key, 'طرابلس')).toBe(false);
    expect(matchesSearch(key, '  ')).toBe(true);
  });
});
