import { memo } from 'react';
import { skipNote, withUnit } from '../../../shared/simulation';
import {
  useEdgeSimFigures,
  useMaxEdgeCount,
  useNodeSimCounts,
} from '../../stores/simulation-store';
import { useResultStale } from './stale-store';
import './simulation.css';

const units = withUnit;

/**
 * The simulated count on a canvas node, with its units ("3 accounts · 6 people · 9 visits"):
 * entered, skipped (and why) and, on a Wait (`waits`), what waits — up to the replay day.
 */
export const SimCountBadge = memo(function SimCountBadge({
  nodeId,
  waits = false,
}: {
  nodeId: string;
  waits?: boolean;
}) {
  const c = useNodeSimCounts(nodeId, waits);
  const stale = useResultStale((s) => s.reason !== null);
  if (!c) return null;
  const skipped = c.skipped > 0 ? skipNote(c.skippedText, c.skipReason) : '';
  const waiting = c.waiting > 0 ? `${c.waitingText} waiting` : '';
  const noPeople =
    c.noPeople > 0 ? `No people to split: ${units(c.noPeople, 'account')} ended here` : '';
  const main = c.enteredText;
  const extras = [skipped, waiting, noPeople].filter(Boolean);
  const label = `${stale ? 'Stale — ' : ''}Simulated: ${main} entered${c.partial ? ' so far' : ''}${extras.map((x) => `. ${x}`).join('')}`;
  return (
    <div
      className={`sim-badge${c.partial ? ' partial' : ''}${skipped || noPeople ? ' skipped' : ''}${stale ? ' stale' : ''}`}
      role="status"
      // One badge per step: live, a replay would announce every count at every day. The day's
      // output announces the change; a badge is read when the reader reaches it.
      aria-live="off"
      aria-label={label}
      title={label}
      data-testid="sim-count"
    >
      <span className="sim-badge-main">{main}</span>
      {skipped && <span className="sim-badge-extra">{skipped}</span>}
      {waiting && <span className="sim-badge-extra">{waiting}</span>}
      {noPeople && <span className="sim-badge-extra">{noPeople}</span>}
    </div>
  );
});

/** The stroke style of an edge scaled by its simulated count, and its figure with units (undefined without a result). */
export function useEdgeSimStyle(
  edgeId: string,
): { strokeWidth: number; stroke: string; title: string; stale: boolean } | undefined {
  const f = useEdgeSimFigures(edgeId);
  const max = useMaxEdgeCount();
  const stale = useResultStale((s) => s.reason !== null);
  if (f === null) return undefined;
  const count = f.count;
  // 1.5 px for an unused path up to 12 px for the busiest; square root keeps small flows visible.
  const width = 1.5 + (max > 0 ? Math.sqrt(count / max) * 10.5 : 0);
  const figure = f.text;
  const title = stale ? `${figure} (stale)` : figure;
  return {
    strokeWidth: Math.round(width * 10) / 10,
    stroke: count > 0 ? 'var(--sim-flow, #3358d4)' : 'var(--border)',
    title,
    stale,
  };
}
