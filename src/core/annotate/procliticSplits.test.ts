import { describe, expect, it } from 'vitest';
import { procliticSplits } from './procliticSplits.ts';

/** The remainders the splits offer, outermost first. */
function remainders(word: string): string[] {
  return procliticSplits(word).map((offset) => word.slice(offset));
}

describe('procliticSplits', () => {
  it.each([
    ['والرباط', ['الرباط', 'رباط']],
    ['بالعاصمة', ['العاصمة', 'عاصمة']],
    ['كالمغرب', ['المغرب', 'مغرب']],
    ['لليبيا', ['ليبيا', 'يبيا']],
    ['للمغرب', ['لمغرب', 'مغرب']],
    ['وللمغرب', ['للمغرب', 'لمغرب', 'مغرب']],
    ['ولليبيا', ['لليبيا', 'ليبيا', 'يبيا']],
    ['وبالعاصمة', ['بالعاصمة', 'العاصمة', 'عاصمة']],
    ['فبالرباط', ['بالرباط', 'الرباط', 'رباط']],
    ['وكالمغرب', ['كالمغرب', 'المغرب', 'مغرب']],
    ['فللجزائر', ['للجزائر', 'لجزائر', 'جزائر']],
    ['فالقاهرة', ['القاهرة', 'قاهرة']],
    ['الدار', ['دار']],
    ['لتونس', ['تونس']],
    ['بتونس', ['تونس']],
    ['وتونس', ['تونس']],
  ])('%s offers %j', (word, expected) => {
    expect(remainders(word)).toEqual(expected);
  });

  it.each([
    // The heuristic cannot tell a proclitic from a first letter; the split is only offered.
    ['وزارة', ['زارة']],
    ['فرنسا', ['رنسا']],
    ['ليبيا', ['يبيا']],
    ['بريطانيا', ['ريطانيا']],
    ['كندا', ['ندا']],
  ])('%s offers %j although the letter belongs to the word', (word, expected) => {
    expect(remainders(word)).toEqual(expected);
  });

  it.each(['مصر', 'تونس', 'جزائر', 'UMT', '2024', ''])('%j offers nothing', (word) => {
    expect(procliticSplits(word)).toEqual([]);
  });

  it('never leaves fewer than two letters', () => {
    expect(remainders('والد')).toEqual(['الد']);
    expect(remainders('بال')).toEqual(['ال']);
    expect(remainders('ولد')).toEqual(['لد']);
    expect(remainders('لل')).toEqual([]);
    expect(remainders('وب')).toEqual([]);
    expect(remainders('و')).toEqual([]);
    expect(remainders('الـ')).toEqual([]);
  });

  it('does not read ال after ل, where the article is written لل', () => {
    expect(remainders('لاعب')).toEqual(['اعب']);
  });

  it('does not take hamza alefs for the article', () => {
    expect(remainders('بأمريكا')).toEqual(['أمريكا']);
    expect(remainders('وإسبانيا')).toEqual(['إسبانيا']);
  });

  it('accepts the alef wasla of vocalized text', () => {
    expect(remainders('بِٱلْمَدِينَةِ')).toEqual(['ٱلْمَدِينَةِ', 'مَدِينَةِ']);
  });

  it('keeps tashkeel with the proclitic letter it follows', () => {
    expect(procliticSplits('وَالرِّبَاطِ')).toEqual([2, 4]);
    expect(remainders('وَالرِّبَاطِ')).toEqual(['الرِّبَاطِ', 'رِّبَاطِ']);
    expect(remainders('لِلْمَغْرِبِ')).toEqual(['لْمَغْرِبِ', 'مَغْرِبِ']);
  });

  it('counts letters, not tashkeel or tatweel, for the shortest remainder', () => {
    expect(remainders('وَلَدٌ')).toEqual(['لَدٌ']);
    expect(remainders('والـدّ')).toEqual(['الـدّ']);
  });

  it('keeps tatweel with the article', () => {
    expect(remainders('بالـعاصمة')).toEqual(['الـعاصمة', 'عاصمة']);
  });
});
