import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LifecycleAction } from '../../../shared/lifecycle/status-rules';
import type { JourneySummary } from '../../../shared/model';
import { navigate } from '../../app/router';
import { useLibraryStore } from '../../stores/library-store';
import type { LifecycleOutcome } from '../journey-header/lifecycle-actions';
import { LifecycleDialog } from '../journey-header/LifecycleDialog';
import { CreateJourneyDialog } from './CreateJourneyDialog';
import { CustomizeTableDialog } from './CustomizeTableDialog';
import { JourneysTable } from './JourneysTable';
import { isFiltered, libraryTitle, queryJourneys } from './library-query';
import { LibraryToolbar } from './LibraryToolbar';

/** The journey library: search, filters, sortable and customizable table, row actions. */
export function JourneysPage() {
  const status = useLibraryStore((s) => s.status);
  const journeys = useLibraryStore((s) => s.journeys);
  const error = useLibraryStore((s) => s.error);
  const query = useLibraryStore((s) => s.query);
  const load = useLibraryStore((s) => s.load);
  const loadColumns = useLibraryStore((s) => s.loadColumns);
  const clearFilters = useLibraryStore((s) => s.clearFilters);
  const [creating, setCreating] = useState(false);
  const [customizing, setCustomizing] = useState(false);
  const [pending, setPending] = useState<{
    journey: JourneySummary;
    action: LifecycleAction;
  } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    void load();
    void loadColumns();
  }, [load, loadColumns]);

  const shown = useMemo(() => queryJourneys(journeys, query), [journeys, query]);
  const close = useCallback(() => setPending(null), []);
  const done = useCallback(
    (outcome: LifecycleOutcome) => {
      setPending(null);
      setActionError(null);
      if (outcome.kind === 'open') navigate({ page: 'journey', id: outcome.journey.id });
      else void load();
    },
    [load],
  );

  return (
    <section className="page" aria-labelledby="journeys-title">
      <header className="page-header">
        <h1 id="journeys-title" tabIndex={-1} data-focus-home>
          {libraryTitle(query.audience)}
        </h1>
        <button className="primary" onClick={() => setCreating(true)}>
          Create journey
        </button>
      </header>
      <LibraryToolbar onCustomize={() => setCustomizing(true)} />
      {actionError && (
        <p role="alert" className="error">
          {actionError}
        </p>
      )}
      {status === 'loading' && <p role="status">Loading journeys…</p>}
      {status === 'error' && (
        <p role="alert" className="error">
          Could not load journeys: {error} <button onClick={() => void load()}>Retry</button>
        </p>
      )}
      {status === 'ready' && journeys.length === 0 && (
        <div className="empty">
          <p>
            No journeys yet. Create journey starts blank or from a ready template (lead nurturing,
            onboarding, sales handoff, buying group, API enrichment), each with a scenario to
            simulate.
          </p>
        </div>
      )}
      {status === 'ready' && journeys.length > 0 && shown.length === 0 && (
        <div className="empty" role="status">
          <p>No journeys match {isFiltered(query) ? 'the search and filters' : 'this view'}.</p>
          <button type="button" onClick={clearFilters}>
            Clear search and filters
          </button>
        </div>
      )}
      {shown.length > 0 && (
        <JourneysTable
          journeys={shown}
          onAction={(journey, action) => setPending({ journey, action })}
        />
      )}
      {creating && <CreateJourneyDialog onClose={() => setCreating(false)} />}
      {customizing && <CustomizeTableDialog onClose={() => setCustomizing(false)} />}
      {pending && (
        <LifecycleDialog
          action={pending.action}
          journey={pending.journey}
          onDone={done}
          onError={setActionError}
          onClose={close}
        />
      )}
    </section>
  );
}
