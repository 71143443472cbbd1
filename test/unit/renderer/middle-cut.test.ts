import { describe, expect, it } from 'vitest';
import { fitMiddleCut, splitForMiddleCut } from '../../../renderer/components/MiddleCut';

describe('splitForMiddleCut', () => {
  it('leaves a short name whole', () => {
    expect(splitForMiddleCut('Spring webinar')).toEqual(['Spring webinar', '']);
  });

  it('keeps the shortest run of whole last words of at least 10 characters', () => {
    // " FY2027" is 7 characters, so one word more: " Q3 FY2027" (10).
    expect(splitForMiddleCut('Enterprise EMEA expansion — renewal in Q3 FY2027')).toEqual([
      'Enterprise EMEA expansion — renewal in',
      ' Q3 FY2027',
    ]);
  });

  it('keeps the last 10 characters when no space leaves a short enough end', () => {
    // 35 characters, its only space 3 from the end: the end is the last 10 characters.
    expect(splitForMiddleCut('Onboarding-sequence-for-partners v2')).toEqual([
      'Onboarding-sequence-for-p',
      'artners v2',
    ]);
  });

  it('gives the name back whole when the parts are joined', () => {
    for (const name of [
      'Quarterly renewal nurture for EMEA strategic accounts Q3',
      'Quarterly renewal nurture for EMEA strategic accounts Q4',
      'x'.repeat(100),
    ])
      expect(splitForMiddleCut(name).join('')).toBe(name);
  });
});

describe('fitMiddleCut', () => {
  // One unit per character, so widths are character counts.
  const chars = (s: string) => s.length;
  const NAME = 'Enterprise EMEA expansion — renewal in Q3 FY2027'; // 48 characters

  it('shows the whole text when it fits, without an ellipsis', () => {
    expect(fitMiddleCut(NAME, 48, chars)).toBe(NAME);
    expect(fitMiddleCut('Spring webinar', 200, chars)).toBe('Spring webinar');
  });

  it('cuts once in the middle, keeping the end whole and filling the width', () => {
    // 30 = start (19) + "…" (1) + " Q3 FY2027" (10); the start's trailing space is dropped.
    expect(fitMiddleCut(NAME, 30, chars)).toBe('Enterprise EMEA exp… Q3 FY2027');
    // 25 = 14 + 1 + 10.
    const shown = fitMiddleCut(NAME, 25, chars);
    expect(shown).toBe('Enterprise EME… Q3 FY2027');
    expect(shown.split('…')).toHaveLength(2);
  });

  it('drops a space left before the ellipsis', () => {
    // A start of 16 would end in the space after "EMEA": "Enterprise EMEA… Q3 FY2027" (26).
    expect(fitMiddleCut(NAME, 26, chars)).toBe('Enterprise EMEA… Q3 FY2027');
  });

  it('keeps only the ellipsis and the end when nothing of the start fits', () => {
    expect(fitMiddleCut(NAME, 11, chars)).toBe('… Q3 FY2027');
  });

  it('keeps the last characters that fit when not even the end fits, with one ellipsis', () => {
    // "… Q3 FY2027" is 11: in 7, the ellipsis and "FY2027".
    expect(fitMiddleCut(NAME, 7, chars)).toBe('…FY2027');
    expect(fitMiddleCut(NAME, 4, chars)).toBe('…027');
  });
});
