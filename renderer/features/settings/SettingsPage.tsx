import './settings.css';
import { useEffect, useState } from 'react';
import type { ListUsage } from '../../../shared/catalog';
import { WorkspaceUpdate } from '../../../shared/contract/workspace';
import type { Workspace } from '../../../shared/model';
import { api } from '../../api/client';
import { focusWhenShown } from '../../components/focus-return';
import { SECTIONS } from './sections';
import { useWorkspaceStore } from './workspace-store';

/** The first problem of a draft workspace, with its path, before the core is asked. */
function draftProblem(draft: Workspace): string | null {
  const parsed = WorkspaceUpdate.safeParse(draft);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const [collection, index, ...rest] = issue.path.map(String);
  const title = SECTIONS.find((x) => x.id === collection)?.title ?? collection;
  const where = [title, index !== undefined ? `row ${Number(index) + 1}` : '', ...rest]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.message}`;
}

/** Settings: the workspace reference data editor, one section per collection, saved as a whole. */
export function SettingsPage() {
  const saved = useWorkspaceStore((s) => s.workspace);
  const load = useWorkspaceStore((s) => s.load);
  const save = useWorkspaceStore((s) => s.save);
  const [draft, setDraft] = useState<Workspace | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [usage, setUsage] = useState<ListUsage | null>(null);

  useEffect(() => {
    load().catch((e: Error) => setStatus({ kind: 'error', text: e.message }));
  }, [load]);
  // Which journeys use each list: the list rows say so and a delete of a used one asks first.
  useEffect(() => {
    let live = true;
    api.call('workspace.listUsage', {}).then(
      (u) => live && setUsage(u),
      (e: Error) => live && setStatus({ kind: 'error', text: e.message }),
    );
    return () => {
      live = false;
    };
  }, [saved]);

  const current = draft ?? saved;
  if (!current)
    return (
      <p role="status" className="page">
        {status?.text ?? 'Loading workspace…'}
      </p>
    );
  const dirty = draft !== null && draft !== saved;
  const problem = draft ? draftProblem(draft) : null;

  const patch = (p: Partial<Workspace>) => {
    setDraft({ ...current, ...p });
    setStatus(null);
  };
  const onSave = async () => {
    if (!draft) return;
    setBusy(true);
    try {
      await save(draft);
      setDraft(null);
      setStatus({ kind: 'saved', text: 'Workspace saved.' });
      // Save is disabled once nothing is left to save: focus goes to the confirmation instead.
      focusWhenShown(() => document.querySelector<HTMLElement>('.settings-header .confirmation'));
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page settings" aria-labelledby="page-title">
      <header className="page-header settings-header">
        <h1 id="page-title">Settings</h1>
        {dirty && <span className="muted">Unsaved changes</span>}
        <button type="button" disabled={!dirty || busy} onClick={() => setDraft(null)}>
          Discard changes
        </button>
        <button
          type="button"
          className="primary"
          disabled={!dirty || busy || problem !== null}
          onClick={() => void onSave()}
        >
          Save
        </button>
        {/* In the sticky header, so the message is seen wherever the edit was made. */}
        {problem && (
          <p role="alert" className="error header-message">
            {problem}
          </p>
        )}
        {status && (
          <p
            role={status.kind === 'error' ? 'alert' : 'status'}
            className={`header-message ${status.kind === 'error' ? 'error' : 'confirmation'}`}
          >
            {status.text}
          </p>
        )}
      </header>
      <p className="muted">
        Workspace reference data: every select in the inspector draws from it. Changes apply when
        you save.
      </p>
      <nav className="settings-toc" aria-label="Settings sections">
        {SECTIONS.map((s) => (
          <a
            key={s.id}
            href={`#/settings`}
            onClick={(e) => {
              e.preventDefault();
              document.getElementById(`section-${s.id}`)?.scrollIntoView();
              // Keyboard users continue from the section they chose, not from the contents.
              document.getElementById(`heading-${s.id}`)?.focus({ preventScroll: true });
            }}
          >
            {s.title}
          </a>
        ))}
      </nav>
      {SECTIONS.map((s) => (
        <section
          key={s.id}
          id={`section-${s.id}`}
          className="settings-section"
          aria-labelledby={`heading-${s.id}`}
        >
          <h2 id={`heading-${s.id}`} tabIndex={-1}>
            {s.title}
          </h2>
          <p className="muted help">{s.help}</p>
          {s.render(current, patch, usage)}
        </section>
      ))}
    </section>
  );
}
