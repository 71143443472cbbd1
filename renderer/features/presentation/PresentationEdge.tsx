import { EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useEdgeSimFigures } from '../../stores/simulation-store';
import { PathEdge } from '../editor/edges/PathEdge';
import type { FlowEdge } from '../editor/nodes/flow-types';
import { figureSpot, spotTransform } from '../editor/edges/edge-figure-spot';

/**
 * The editor's path edge plus the simulated figure, with its units as the projector shows it: one
 * part a line ("643 accounts", "985 people"). A split's path carries it beside its own column, the
 * path's name then left of the line (`figureSpot`); any other path under its node.
 */
const PresentationEdge = memo(function PresentationEdge(props: EdgeProps<FlowEdge>) {
  const figure = useEdgeSimFigures(props.id);
  const atTarget = props.data?.labelAtTarget === true;
  const shown = figure !== null;
  const data = useMemo(
    () => (props.data && shown ? { ...props.data, nameBesideFigure: atTarget } : props.data),
    [props.data, shown, atTarget],
  );
  return (
    <>
      <PathEdge {...props} data={data} />
      {figure !== null && (
        <EdgeLabelRenderer>
          <div
            className="present-edge-count"
            data-testid="edge-count"
            style={{ transform: spotTransform(figureSpot(props, atTarget)) }}
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
