import { EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEdgeSimCount } from '../../stores/simulation-store';
import { PathEdge } from '../editor/edges/PathEdge';
import type { FlowEdge } from '../editor/nodes/flow-types';

const fmt = (n: number) => n.toLocaleString('en-US');

/** The editor's path edge plus the simulated count where it leaves its node (each output has its own spot). */
const PresentationEdge = memo(function PresentationEdge(props: EdgeProps<FlowEdge>) {
  const count = useEdgeSimCount(props.id);
  return (
    <>
      <PathEdge {...props} />
      {count !== null && (
        <EdgeLabelRenderer>
          <div
            className="present-edge-count"
            data-testid="edge-count"
            style={{ transform: `translate(${props.sourceX + 5}px, ${props.sourceY + 3}px)` }}
          >
            {fmt(count)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

/** Edge types of the presentation view, at module scope. */
export const presentationEdgeTypes = { path: PresentationEdge };
