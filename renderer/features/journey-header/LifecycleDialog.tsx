import { useEffect, useRef } from 'react';
import type { LifecycleAction } from '../../../shared/lifecycle/status-rules';
import { ConfirmDialog } from './ConfirmDialog';
import { DuplicateDialog } from './DuplicateDialog';
import { runTransition, type LifecycleOutcome, type LifecycleTarget } from './lifecycle-actions';
import { PublishDialog } from './PublishDialog';

interface LifecycleDialogProps {
  action: LifecycleAction;
  journey: LifecycleTarget;
  onDone: (outcome: LifecycleOutcome) => void;
  onError: (message: string) => void;
  onClose: () => void;
}

/** The dialog an action needs (the header and the library's row menu share it). */
export function LifecycleDialog({
  action,
  journey,
  onDone,
  onError,
  onClose,
}: LifecycleDialogProps) {
  // Create new version changes nothing existing, so it runs at once without a dialog.
  const started = useRef(false);
  useEffect(() => {
    if (action !== 'Create new version' || started.current) return;
    started.current = true;
    runTransition(action, journey.id).then(onDone, (e: Error) => {
      onError(e.message);
      onClose();
    });
  }, [action, journey.id, onDone, onError, onClose]);

  switch (action) {
    case 'Publish':
      return <PublishDialog journey={journey} onDone={onDone} onClose={onClose} />;
    case 'Duplicate':
      return <DuplicateDialog journey={journey} onDone={onDone} onClose={onClose} />;
    case 'Create new version':
      return null;
    default:
      return <ConfirmDialog action={action} journey={journey} onDone={onDone} onClose={onClose} />;
  }
}
