import { BaseEdge } from '@xyflow/react';
import { memo } from 'react';
import { useEdgeSimStyle } from './SimCountBadge';

/**
 * An edge's path with the simulated flow drawn underneath as a band whose width follows the
 * count (accounts in an account journey). The band is a separate path so the edge's arrow
 * marker keeps its size; its title states the figure with units.
 */
export const SimFlowPath = memo(function SimFlowPath({
  id,
  path,
  markerEnd,
}: {
  id: string;
  path: string;
  markerEnd?: string;
}) {
  const style = useEdgeSimStyle(id);
  return (
    <>
      {style && (
        <path
          d={path}
          className={style.stale ? 'sim-flow stale' : 'sim-flow'}
          style={{ strokeWidth: style.strokeWidth, stroke: style.stroke }}
          data-testid="sim-flow"
          data-figure={style.title}
          aria-hidden
        >
          <title>{style.title}</title>
        </path>
      )}
      <BaseEdge id={id} path={path} markerEnd={markerEnd} />
    </>
  );
});
