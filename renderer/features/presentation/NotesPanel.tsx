import { useId } from 'react';
import type { SpeakerNotes } from '../../../shared/contract/presentation';
import { shareText, type Journey, type JourneyNode, type NodeOf } from '../../../shared/model';
import { NODE_TYPE_LABELS, nodeDetail } from '../../../shared/reports/node-labels';
import { useNodeSimCounts } from '../../stores/simulation-store';

import { stepFigureLines } from './step-figures';
import { useWorkspaceStore } from '../settings/workspace-store';

/** The step's simulated figures, every count with its units (visits too, after a Go to). */
function StepFigures({ nodeId }: { nodeId: string }) {
  const c = useNodeSimCounts(nodeId);
  if (!c) return null;
  const lines = stepFigureLines(c);
  return (
    <div className="present-figures" role="status" aria-label="Simulated figures">
      <p>{lines.entered}</p>
      {lines.skipped && <p className="present-skipped">{lines.skipped}</p>}
      {lines.waiting && <p>{lines.waiting}</p>}
    </div>
  );
}

/** A Random split's paths, each with its share of contacts, in the split's order. */
function PathShares({ node }: { node: NodeOf<'randomSplit'> }) {
  return (
    <ul className="present-shares" aria-label="Path shares">
      {node.settings.paths.map((p) => (
        <li key={p.id}>
          <span className="present-share-name">{p.name}</span>{' '}
          <span className="present-share">{shareText(p.percent)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The side panel: what the current step is, its simulated figures and its editable speaker notes. */
export function NotesPanel({
  journey,
  node,
  notes,
  onEdit,
  onSave,
  status,
}: {
  journey: Journey;
  node: JourneyNode | null;
  notes: SpeakerNotes;
  onEdit: (nodeId: string, text: string) => void;
  onSave: () => void;
  status: string | null;
}) {
  const id = useId();
  const workspace = useWorkspaceStore((s) => s.workspace);
  return (
    <aside className="present-notes" aria-label="Speaker notes">
      {node ? (
        <>
          <div className="present-kind">{NODE_TYPE_LABELS[node.type]}</div>
          <h3>{node.name}</h3>
          <p className="present-detail">{nodeDetail(node, journey.audience, workspace)}</p>
          {node.type === 'randomSplit' && <PathShares node={node} />}
          <StepFigures nodeId={node.id} />
          <label htmlFor={id} className="present-notes-label">
            Speaker notes for {node.name}
          </label>
          <textarea
            id={id}
            value={notes[node.id] ?? ''}
            rows={8}
            maxLength={5000}
            onChange={(e) => onEdit(node.id, e.target.value)}
            onBlur={onSave}
            placeholder="What to say at this step…"
          />
        </>
      ) : (
        <>
          <div className="present-kind">Overview</div>
          <h3>{journey.name}</h3>
          <p className="present-detail">{journey.description || 'No description.'}</p>
          <p className="small muted">
            Next (→) walks the journey path by path from the Entry; each step has its own speaker
            notes.
          </p>
        </>
      )}
      {status && (
        <p role="status" className="small muted">
          {status}
        </p>
      )}
    </aside>
  );
}
