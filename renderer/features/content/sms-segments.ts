/** GSM 03.38 basic character set: one septet each. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM 03.38 extension table: an escape plus the character, two septets each. */
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2: what the limits count. */
  units: number;
  segments: number;
  /** Capacity of each segment: 160/153 (GSM-7) or 70/67 (UCS-2). */
  perSegment: number;
  /** Units left before another segment is needed. */
  remaining: number;
}

/** Whether every character fits the GSM-7 alphabet (basic or extension table). */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!GSM_BASIC.has(ch) && !GSM_EXTENDED.has(ch)) return false;
  return true;
}

/** Cost of each character in units; a character is never split across two segments. */
function costs(text: string, encoding: SmsEncoding): number[] {
  return [...text].map((ch) => (encoding === 'GSM-7' ? (GSM_EXTENDED.has(ch) ? 2 : 1) : ch.length));
}

/**
 * Characters and segments of an SMS: GSM-7 fits 160 septets in one message or 153 per part,
 * UCS-2 (any other character) 70 or 67; escapes and surrogate pairs stay whole within a part.
 */
export function countSms(text: string): SmsCount {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  const [single, multi] = encoding === 'GSM-7' ? [160, 153] : [70, 67];
  const unitCosts = costs(text, encoding);
  const units = unitCosts.reduce((a, b) => a + b, 0);
  if (units === 0) return { encoding, units, segments: 0, perSegment: single, remaining: single };
  if (units <= single)
    return { encoding, units, segments: 1, perSegment: single, remaining: single - units };
  let segments = 1;
  let used = 0;
  for (const cost of unitCosts) {
    if (used + cost > multi) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding, units, segments, perSegment: multi, remaining: multi - used };
}
