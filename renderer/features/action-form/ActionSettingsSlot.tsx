import { useEffect, useMemo } from 'react';
import type { Problem } from '../../../shared/validation';
import type { ActionSettings, Journey, NodeOf, Workspace } from '../../../shared/model';
import { useEditorStore } from '../../stores/editor-store';
import { editAssetCommand } from '../content/content-edit';
import { useWorkspaceStore } from '../settings/workspace-store';
import { ActionSettingsForm } from './ActionSettingsForm';
import type { DraftStore } from './ParamForm';
import { useJourneySummaries } from './use-journey-summaries';

export interface ActionSettingsSlotProps {
  node: NodeOf<'action'>;
  journey: Journey;
  workspace: Workspace | null;
  readOnly: boolean;
  onChange: (settings: ActionSettings) => void;
  /** The editor's problems list, so the fields show exactly its messages. */
  problems: readonly Problem[];
}

/**
 * The inspector's action slot wired to the app: the editor's working copy (content edits are
 * undoable commands) and the newest workspace (an audience created here is selectable at once).
 */
export function ActionSettingsSlot({
  node,
  journey,
  workspace,
  readOnly,
  onChange,
  problems,
}: ActionSettingsSlotProps) {
  const latest = useWorkspaceStore((s) => s.workspace);
  const load = useWorkspaceStore((s) => s.load);
  const body = useEditorStore((s) => s.body);
  const execute = useEditorStore((s) => s.execute);
  const allDrafts = useEditorStore((s) => s.fieldDrafts);
  const setFieldDraft = useEditorStore((s) => s.setFieldDraft);
  const drafts = useMemo<DraftStore>(() => {
    const mine = Object.values(allDrafts).filter((d) => d.nodeId === node.id);
    return {
      drafts: Object.fromEntries(mine.map((d) => [d.field.replace(/^params\./, ''), d])),
      setDraft: (name, draft) => setFieldDraft(node.id, `params.${name}`, draft),
    };
  }, [allDrafts, setFieldDraft, node.id]);
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
      problems={problems}
      drafts={drafts}
      onContentChange={(asset, field) => execute(editAssetCommand(asset, field ?? 'asset'))}
    />
  );
}
