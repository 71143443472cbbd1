import { useCallback, useRef, useState } from 'react';
import type { LifecycleAction } from '../../../shared/lifecycle/status-rules';
import { JOURNEY_TYPE_LABELS, type Journey } from '../../../shared/model';
import { hrefOf, navigate } from '../../app/router';
import { StatusBadge } from '../../components/StatusBadge';
import { EditName } from './EditName';
import { HistoryPanel } from './HistoryPanel';
import {
  headerLayout,
  isDanger,
  lifecycleMenuItems,
  openMadeJourney,
  type LifecycleOutcome,
} from './lifecycle-actions';
import { LifecycleDialog } from './LifecycleDialog';
import { MenuButton } from './MenuButton';
import { usePopoverDismiss } from './use-popover-dismiss';
import { VersionsPanel } from './VersionsPanel';

export interface JourneyHeaderProps {
  journey: Journey;
  /** Called with the journey after a header action changed it (rename, publish, …). */
  onJourneyChanged: (journey: Journey) => void;
}

type Panel = 'versions' | 'history' | null;

/** The journey header: name (Edit name), status, and the actions the status allows (seed 002). */
export function JourneyHeader({ journey, onJourneyChanged }: JourneyHeaderProps) {
  const [action, setAction] = useState<LifecycleAction | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [error, setError] = useState<string | null>(null);
  const { buttons, menu } = headerLayout(journey.status);

  const close = useCallback(() => setAction(null), []);
  const done = useCallback(
    (outcome: LifecycleOutcome) => {
      setAction(null);
      setError(null);
      if (outcome.kind === 'changed') onJourneyChanged(outcome.journey);
      else if (outcome.kind === 'open') openMadeJourney(outcome.journey.id);
      else navigate({ page: 'journeys' });
    },
    [onJourneyChanged],
  );
  const togglePanel = (p: Exclude<Panel, null>) =>
    setPanel((current) => (current === p ? null : p));
  const closePanel = useCallback(() => setPanel(null), []);
  const popover = useRef<HTMLDivElement>(null);
  const versionsButton = useRef<HTMLButtonElement>(null);
  const historyButton = useRef<HTMLButtonElement>(null);
  usePopoverDismiss(
    panel !== null,
    popover,
    panel === 'versions' ? versionsButton : historyButton,
    closePanel,
  );

  return (
    <div className="journey-header-wrap">
      <header className="journey-header">
        <a href={hrefOf({ page: 'journeys' })} aria-label="Back to Journeys">
          ←
        </a>
        <EditName key={journey.id} journey={journey} onRenamed={onJourneyChanged} />
        <StatusBadge status={journey.status} />
        <span className="muted">
          {JOURNEY_TYPE_LABELS[journey.audience].one} · Version {journey.version}
        </span>
        <div className="header-actions" role="group" aria-label="Journey actions">
          <button
            ref={versionsButton}
            type="button"
            aria-expanded={panel === 'versions'}
            onClick={() => togglePanel('versions')}
          >
            Versions
          </button>
          <button
            ref={historyButton}
            type="button"
            aria-expanded={panel === 'history'}
            onClick={() => togglePanel('history')}
          >
            History
          </button>
          {buttons.map((a) => (
            <button
              key={a}
              type="button"
              className={a === 'Publish' ? 'primary' : isDanger(a) ? 'danger-outline' : undefined}
              onClick={() => setAction(a)}
            >
              {a}
            </button>
          ))}
          {menu.length > 0 && (
            <MenuButton
              label="More..."
              items={lifecycleMenuItems(menu, journey.audience, setAction)}
            />
          )}
        </div>
      </header>
      {error && (
        <p role="alert" className="error header-error">
          {error}
        </p>
      )}
      {panel && (
        <div ref={popover}>
          {panel === 'versions' && <VersionsPanel journey={journey} />}
          {panel === 'history' && <HistoryPanel journey={journey} />}
        </div>
      )}
      {action && (
        <LifecycleDialog
          action={action}
          journey={journey}
          onDone={done}
          onError={setError}
          onClose={close}
        />
      )}
    </div>
  );
}
