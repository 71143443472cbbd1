import { readOnlyReason } from '../../../shared/lifecycle/status-rules';
import { useEditorJourney } from '../../stores/editor-selectors';

/** Why the canvas refuses edits (every status but Draft). Swap for journey-header's banner when it exists. */
export function ReadOnlyBanner() {
  const journey = useEditorJourney();
  const reason = journey ? readOnlyReason(journey.status) : null;
  if (!reason) return null;
  return (
    <div className="read-only-banner" role="note" aria-label="Read-only">
      <span aria-hidden>🔒</span> {reason}
    </div>
  );
}
