import type { ActionSettings, Journey, NodeOf, Workspace } from '../../../shared/model';
import type { Problem } from '../../../shared/validation';
import { ActionSettingsSlot } from '../action-form/ActionSettingsSlot';

export interface ActionSettingsPanelProps {
  node: NodeOf<'action'>;
  journey: Journey;
  workspace: Workspace | null;
  readOnly: boolean;
  onChange: (settings: ActionSettings) => void;
  problems: readonly Problem[];
}

/** Accounts / People, the action, its generated fields and "Apply to which contacts" (renderer/features/action-form). */
export function ActionSettingsPanel(props: ActionSettingsPanelProps) {
  return <ActionSettingsSlot {...props} />;
}
