import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './flow-types';
import { NodeShell } from './NodeShell';

/** The entry node card. */
export const EntryNodeView = memo(function EntryNodeView({ data, selected }: NodeProps<FlowNode>) {
  return <NodeShell data={data} selected={selected} />;
});
