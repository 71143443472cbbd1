import { countSms } from './sms-segments';

/** Characters and segments of an SMS, announced politely as they change. */
export function SmsCounter({ text }: { text: string }) {
  const c = countSms(text);
  const unit = c.encoding === 'GSM-7' ? 'characters' : 'UCS-2 characters';
  return (
    <p className="sms-counter" role="status" aria-live="polite" aria-label="SMS length">
      <span>
        {c.units} {unit}
      </span>
      <span>·</span>
      <span>
        {c.segments} {c.segments === 1 ? 'segment' : 'segments'}
      </span>
      <span>·</span>
      <span className="muted">
        {c.encoding}, {c.perSegment} per segment, {c.remaining} left
      </span>
    </p>
  );
}
