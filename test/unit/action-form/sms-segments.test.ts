import { describe, expect, it } from 'vitest';
import { countSms, isGsm7 } from '../../../renderer/features/content/sms-segments';

describe('countSms', () => {
  it('counts an empty message as no segment', () => {
    expect(countSms('')).toMatchObject({
      encoding: 'GSM-7',
      units: 0,
      segments: 0,
      remaining: 160,
    });
  });

  it('fits 160 GSM-7 characters in one segment and splits 161 into two of 153', () => {
    expect(countSms('a'.repeat(160))).toMatchObject({
      segments: 1,
      units: 160,
      remaining: 0,
      perSegment: 160,
    });
    expect(countSms('a'.repeat(161))).toMatchObject({
      segments: 2,
      perSegment: 153,
      remaining: 153 * 2 - 161,
    });
    expect(countSms('a'.repeat(306)).segments).toBe(2);
    expect(countSms('a'.repeat(307)).segments).toBe(3);
  });

  it('counts extension characters (€ [ ] { } ^ ~ | \\) as two septets', () => {
    expect(isGsm7('Price: 5€ [promo]')).toBe(true);
    expect(countSms('€'.repeat(80))).toMatchObject({ units: 160, segments: 1 });
    expect(countSms('€'.repeat(81))).toMatchObject({ units: 162, segments: 2 });
  });

  it('keeps an escape pair whole: 152 letters and a € need a second part', () => {
    expect(countSms(`${'a'.repeat(152)}€${'a'.repeat(10)}`).segments).toBe(2);
    expect(countSms(`${'a'.repeat(152)}€${'a'.repeat(10)}`).remaining).toBe(153 - 12);
  });

  it('switches to UCS-2 for other characters: 70 per message, 67 per part', () => {
    expect(isGsm7('Grüße ✓')).toBe(false);
    expect(countSms('✓'.repeat(70))).toMatchObject({
      encoding: 'UCS-2',
      segments: 1,
      perSegment: 70,
    });
    expect(countSms('✓'.repeat(71))).toMatchObject({
      encoding: 'UCS-2',
      segments: 2,
      perSegment: 67,
    });
    expect(countSms('✓'.repeat(134)).segments).toBe(2);
    expect(countSms('✓'.repeat(135)).segments).toBe(3);
  });

  it('counts an emoji as two UTF-16 units and never splits it', () => {
    expect(countSms('🙂')).toMatchObject({ encoding: 'UCS-2', units: 2 });
    const text = `${'x'.repeat(66)}🙂${'x'.repeat(10)}`;
    expect(countSms(text)).toMatchObject({ units: 78, segments: 2, remaining: 67 - 12 });
  });
});
