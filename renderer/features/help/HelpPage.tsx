import { navigate } from '../../app/router';
import { KeyTable } from '../../components/KeyTable';
import { SHORTCUTS } from '../editor/shortcuts';
import { useTourStore } from '../tour/tour-store';
import { PRESENTATION_KEYS } from './presentation-keys';
import './help.css';

/** Help: the guided tour, where things are, and every keyboard shortcut. */
export function HelpPage() {
  const startTour = useTourStore((s) => s.start);
  return (
    <section className="page help" aria-labelledby="help-title">
      <header className="page-header">
        <h1 id="help-title">Help</h1>
        {/* The id lets the tour find this button again when it brings the user back. */}
        <button
          id="start-tour"
          type="button"
          className="primary"
          onClick={() => {
            // Started first, so the tour remembers Help as where to come back to.
            startTour();
            navigate({ page: 'journeys' });
          }}
        >
          Start the guided tour
        </button>
      </header>
      <div className="help-cards">
        <article>
          <h2>Draft</h2>
          <p>
            <strong>Journeys → Create journey</strong>: start blank or from a template. Add nodes
            with “+” on a path or from the palette; select a node to edit it in the inspector.
            Drafts save on their own.
          </p>
        </article>
        <article>
          <h2>Simulate</h2>
          <p>
            <strong>Simulate</strong> in the editor runs a saved scenario on a virtual clock.
            Nothing is sent. Counts show on the map; <strong>Report</strong> opens a printable
            report (HTML, or PDF through Print).
          </p>
        </article>
        <article>
          <h2>Present</h2>
          <p>
            <strong>▶ Present</strong> in the editor toolbar opens a full-screen walkthrough with
            speaker notes per node and the simulation replay.
          </p>
        </article>
        <article>
          <h2>Version and exchange</h2>
          <p>
            Publish a Draft to make it Live; a new version replaces it with a soft stop. Bundles (
            <code>.journeys.zip</code>) move journeys between instances. The user guide (
            <code>docs/user-guide.md</code>) has the details.
          </p>
        </article>
      </div>
      <h2>Keyboard shortcuts</h2>
      <div className="help-tables">
        <KeyTable caption="Journey map (editor)" rows={SHORTCUTS} />
        <KeyTable caption="Presentation mode" rows={PRESENTATION_KEYS} />
      </div>
      <p className="muted small">On macOS, use Cmd where a shortcut says Ctrl.</p>
    </section>
  );
}
