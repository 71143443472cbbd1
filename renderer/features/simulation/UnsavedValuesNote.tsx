import { distinctStepNames } from '../../../shared/graph';
import { useEditorStore } from '../../stores/editor-store';

/** "<step>: <message>" for each typed value of the open journey that is not saved. */
export function useUnsavedValues(): string[] {
  const drafts = useEditorStore((s) => s.fieldDrafts);
  const body = useEditorStore((s) => s.body);
  if (!body) return [];
  const names = distinctStepNames(body);
  return Object.values(drafts).flatMap((d) => {
    const step = names.get(d.nodeId);
    return step ? [`${step}: ${d.message}`] : [];
  });
}

/**
 * Says, above Run, which typed values the simulation does not use: a refused value is never
 * saved, so the run takes the step's saved value (issue #19 probe: a Wait showing -3 was
 * simulated with its saved 7 days, silently).
 */
export function UnsavedValuesNote({ id, lines }: { id: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <div role="note" id={id} className="sim-unsaved">
      {lines.length === 1 ? 'A value is' : `${lines.length} values are`} not saved, so the
      simulation uses the saved {lines.length === 1 ? 'value' : 'values'} there:
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
