import { EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEdgeSimFigures } from '../../stores/simulation-store';
import { PathEdge } from '../editor/edges/PathEdge';
import type { FlowEdge } from '../editor/nodes/flow-types';

/**
 * The editor's path edge plus the simulated figure where it leaves its node (each output has its
 * own spot), with its units as the projector shows it: one part a line ("643 accounts", "985 people").
 */
const PresentationEdge = memo(function PresentationEdge(props: EdgeProps<FlowEdge>) {
  const figure = useEdgeSimFigures(props.id);
  return (
    <>
      <PathEdge {...props} />
      {figure !== null && (
        <EdgeLabelRenderer>
          <div
            className="present-edge-count"
            data-testid="edge-count"
            style={{ transform: `translate(${props.sourceX + 5}px, ${props.sourceY + 3}px)` }}
          >
            {figure.text.split(' · ').map((part, i) => (
              <span key={i}>{part}</span>
            ))}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

/** Edge types of the presentation view, at module scope. */
export const presentationEdgeTypes = { path: PresentationEdge };
