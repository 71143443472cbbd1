import { useEffect, useState } from 'react';
import type { IncomingReference } from '../../../shared/contract/lifecycle';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { runTransition, type LifecycleOutcome, type LifecycleTarget } from './lifecycle-actions';

export type ConfirmableAction = 'Close to new entries' | 'Abort' | 'Finish' | 'Delete';

/** The dialog titles; the confirm button carries the bare action name. */
export const CONFIRM_TITLES: Record<ConfirmableAction, string> = {
  'Close to new entries': 'Close journey to new entries?',
  Abort: 'Abort journey?',
  Finish: 'Mark journey as Finished?',
  Delete: 'Delete journey?',
};

/** What each destructive action does, in the seed's words. */
function consequence(
  action: ConfirmableAction,
  name: string,
  audience: 'account' | 'people',
): string {
  // Account journeys move accounts; contact journeys move people.
  const who = audience === 'account' ? 'Accounts' : 'People';
  switch (action) {
    case 'Delete':
      return `"${name}" will be deleted permanently. This cannot be undone.`;
    case 'Abort':
      return `${who} in "${name}" immediately stop their progress, and no further journey entrance can happen. An aborted journey cannot be restarted.`;
    case 'Close to new entries':
      return `${who} currently in "${name}" continue their path, and no further journey entrance can happen. A closed journey cannot be restarted.`;
    case 'Finish':
      return `"${name}" will be marked Finished because no one is left in it.`;
  }
}

interface ConfirmDialogProps {
  action: ConfirmableAction;
  journey: LifecycleTarget;
  onDone: (outcome: LifecycleOutcome) => void;
  onClose: () => void;
}

/** Confirmation of a destructive action; its confirm button carries the action's name. */
export function ConfirmDialog({ action, journey, onDone, onClose }: ConfirmDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refs, setRefs] = useState<IncomingReference[]>([]);
  const blocksOthers = action === 'Abort' || action === 'Close to new entries';

  useEffect(() => {
    if (!blocksOthers) return;
    let live = true;
    api.call('journeys.referencedBy', { id: journey.id }).then(
      (r) => live && setRefs(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [blocksOthers, journey.id]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await runTransition(action, journey.id));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal title={CONFIRM_TITLES[action]} onClose={onClose}>
      <p>{consequence(action, journey.name, journey.audience)}</p>
      {refs.length > 0 && (
        <div className="warning-box">
          <p>This blocks these steps in other journeys:</p>
          <ul>
            {refs.map((r) => (
              <li key={`${r.journeyId}/${r.nodeId}`}>
                {r.actionLabel} “{r.nodeName}” in {r.journeyName} ({r.status})
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p role="alert" className="error pre-line">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => void confirm()} disabled={busy}>
          {action}
        </button>
      </div>
    </Modal>
  );
}
