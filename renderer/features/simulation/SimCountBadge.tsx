import { memo } from 'react';
import { useEdgeSimCount, useMaxEdgeCount, useNodeSimCounts } from '../../stores/simulation-store';
import './simulation.css';

const fmt = (n: number) => n.toLocaleString('en-US');

/** The simulated count on a canvas node: entered (up to the replay day), with skipped and waiting at the end. */
export const SimCountBadge = memo(function SimCountBadge({ nodeId }: { nodeId: string }) {
  const c = useNodeSimCounts(nodeId);
  if (!c) return null;
  const extra = [c.skipped > 0 ? `${fmt(c.skipped)} skipped` : '', c.waiting > 0 ? `${fmt(c.waiting)} waiting` : ''].filter(Boolean).join(', ');
  const label = `Simulated: ${fmt(c.entered)} entered${extra ? `, ${extra}` : ''}`;
  return (
    <div className={`sim-badge${c.partial ? ' partial' : ''}`} role="status" aria-label={label} title={label} data-testid="sim-count">
      <span className="sim-badge-main">{fmt(c.entered)}</span>
      {extra && <span className="sim-badge-extra">{extra}</span>}
    </div>
  );
});

/** The stroke style of an edge scaled by its simulated count (undefined without a result). */
export function useEdgeSimStyle(edgeId: string): { strokeWidth: number; stroke: string } | undefined {
  const count = useEdgeSimCount(edgeId);
  const max = useMaxEdgeCount();
  if (count === null) return undefined;
  // 1.5 px for an unused path up to 12 px for the busiest; square root keeps small flows visible.
  const width = 1.5 + (max > 0 ? Math.sqrt(count / max) * 10.5 : 0);
  return { strokeWidth: Math.round(width * 10) / 10, stroke: count > 0 ? 'var(--sim-flow, #3358d4)' : 'var(--border)' };
}
