import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './flow-types';
import { NodeShell } from './NodeShell';

/** The randomSplit node card. */
export const RandomSplitNodeView = memo(function RandomSplitNodeView({
  data,
  selected,
}: NodeProps<FlowNode>) {
  return <NodeShell data={data} selected={selected} />;
});
