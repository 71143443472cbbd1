import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './flow-types';
import { NodeShell } from './NodeShell';

/** The waitForEvent node card. */
export const WaitForEventNodeView = memo(function WaitForEventNodeView({
  data,
  selected,
}: NodeProps<FlowNode>) {
  return <NodeShell data={data} selected={selected} />;
});
