import { describe, expect, it } from 'vitest';
import { splitForMiddleCut } from '../../../renderer/components/MiddleCut';

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
