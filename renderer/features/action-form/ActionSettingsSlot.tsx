import { useEffect } from 'react';
import type { ActionSettings, Journey, NodeOf, Workspace } from '../../../shared/model';
import { useEditorStore } from '../../stores/editor-store';
import { editAssetCommand } from '../content/content-edit';
import { useWorkspaceStore } from '../settings/workspace-store';
import { ActionSettingsForm } from './ActionSettingsForm';
import { useJourneySummaries } from './use-journey-summaries';

export interface ActionSettingsSlotProps {
  node: NodeOf<'action'>;
  journey: Journey;
  workspace: Workspace | null;
  readOnly: boolean;
  onChange: (settings: ActionSettings) => void;
}

/**
 * The inspector's action slot wired to the app: the editor's working copy (content edits are
 * undoable commands) and the newest workspace (an audience created here is selectable at once).
 */
export function ActionSettingsSlot({ node, journey, workspace, readOnly, onChange }: ActionSettingsSlotProps) {
  const latest = useWorkspaceStore((s) => s.workspace);
  const load = useWorkspaceStore((s) => s.load);
  const body = useEditorStore((s) => s.body);
  const execute = useEditorStore((s) => s.execute);
  const journeys = useJourneySummaries();
  useEffect(() => {
    if (!workspace) load().catch(() => undefined);
  }, [workspace, load]);
  const ws = latest ?? workspace;
  if (!ws) return <p role="status">Loading workspace…</p>;
  const working = body ? { ...journey, ...body } : journey;
  return (
    <ActionSettingsForm
      node={node}
      journey={working}
      workspace={ws}
      readOnly={readOnly}
      journeys={journeys}
      onChange={onChange}
      onContentChange={(asset, field) => execute(editAssetCommand(asset, field ?? 'asset'))}
    />
  );
}
