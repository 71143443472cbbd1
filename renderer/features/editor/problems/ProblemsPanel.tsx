import { useMemo } from 'react';
import { distinctStepNames } from '../../../../shared/graph';
import type { Problem } from '../../../../shared/validation';
import { focusWhenShown } from '../../../components/focus-return';
import { useEditorStore } from '../../../stores/editor-store';
import { problemLine } from './problem-line';

/** Closes the list and gives focus back to the Problems button, as a menu returns it to its opener. */
function closeProblems(): void {
  useEditorStore.getState().setProblemsOpen(false);
  focusWhenShown(() => document.querySelector<HTMLElement>('[data-problems-toggle]'));
}

/**
 * The problems list; a problem on a node jumps to it. Escape inside it closes it (rather than
 * clearing the map's selection under it), like Close problems.
 */
export function ProblemsPanel({ problems }: { problems: readonly Problem[] }) {
  const open = useEditorStore((s) => s.problemsOpen);
  // Only while the list is open: a closed list must not re-render on every edit.
  const body = useEditorStore((s) => (s.problemsOpen ? s.body : null));
  // Two steps called "Send email" read as two different lines (by path, else by place in the flow).
  const names = useMemo(() => (body ? distinctStepNames(body) : new Map<string, string>()), [body]);
  if (!open) return null;
  const nameOf = (id: string) => names.get(id);
  return (
    <section
      className="problems-panel"
      aria-label="Problems list"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        closeProblems();
      }}
    >
      <header>
        <h2>
          Problems <span className="muted">({problems.length})</span>
        </h2>
        <button type="button" aria-label="Close problems" onClick={closeProblems}>
          ×
        </button>
      </header>
      {problems.length === 0 ? (
        <p className="muted">No problems found.</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li
              key={`${p.code}-${p.nodeId ?? ''}-${i}`}
              className={`problem problem-${p.severity}`}
            >
              <span className="sev" aria-label={p.severity}>
                {p.severity === 'error' ? '!' : '⚠'}
              </span>
              {p.nodeId && nameOf(p.nodeId) ? (
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    useEditorStore.getState().requestFocus(p.nodeId as string, p.field)
                  }
                >
                  {problemLine(p, nameOf)}
                </button>
              ) : (
                <span>{p.message}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
