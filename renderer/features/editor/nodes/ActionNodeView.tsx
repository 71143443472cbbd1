import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './flow-types';
import { NodeShell } from './NodeShell';

/** The action node card. */
export const ActionNodeView = memo(function ActionNodeView({
  data,
  selected,
}: NodeProps<FlowNode>) {
  return <NodeShell data={data} selected={selected} />;
});
