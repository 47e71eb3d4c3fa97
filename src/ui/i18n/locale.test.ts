import { describe, expect, it } from 'vitest';
import { catalogues, formatMessage } from './locale.ts';

describe('message catalogues', () => {
  it('gives Arabic a non-empty string for every English key', () => {
    for (const key of Object.keys(catalogues.en) as (keyof typeof catalogues.en)[]) {
      expect(catalogues.ar[key], key).toBeTruthy();
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalogues.en) as (keyof typeof catalogues.en)[]) {
      expect(placeholders(catalogues.ar[key]), key).toEqual(placeholders(catalogues.en[key]));
    }
  });

  it('formats numbers for the locale', () => {
    expect(formatMessage('{n} documents', { n: 12345 }, new Intl.NumberFormat('en'))).toBe('12,345 documents');
    expect(formatMessage('{n}', { n: 3 }, new Intl.NumberFormat('ar-EG'))).toBe('٣');
  });
});
