import type { ActionSettings, Journey, NodeOf, Workspace } from '../../../shared/model';

export interface ActionSettingsPanelProps {
  node: NodeOf<'action'>;
  journey: Journey;
  workspace: Workspace | null;
  readOnly: boolean;
  onChange: (settings: ActionSettings) => void;
}

/**
 * SLOT for the catalog work: Accounts / People, the action, its generated fields and "Apply to
 * which contacts". This placeholder only edits the scope and the action id.
 */
export function ActionSettingsPanel({ node, journey, readOnly, onChange }: ActionSettingsPanelProps) {
  const { settings } = node;
  return (
    <fieldset className="action-settings" disabled={readOnly}>
      <legend>Action</legend>
      {journey.audience === 'account' && (
        <label>
          Apply the action to
          <select
            value={settings.scope ?? ''}
            onChange={(e) => onChange({ ...settings, scope: e.target.value === '' ? null : (e.target.value as 'account' | 'people') })}
          >
            <option value="">Choose…</option>
            <option value="account">Accounts</option>
            <option value="people">People</option>
          </select>
        </label>
      )}
      <label>
        Action id
        <input value={settings.actionId ?? ''} onChange={(e) => onChange({ ...settings, actionId: e.target.value || null })} />
      </label>
    </fieldset>
  );
}
