import { useSaveState } from '../../../stores/editor-selectors';

const TEXT = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  conflict: 'Not saved: changed elsewhere',
  error: 'Not saved',
} as const;

/** "Saved / Saving / Unsaved" for the working copy. */
export function SaveIndicator() {
  const { status, message } = useSaveState();
  return (
    <span
      role="status"
      aria-label="Save status"
      className={`save-indicator save-${status}`}
      title={message ?? undefined}
    >
      {TEXT[status]}
    </span>
  );
}
