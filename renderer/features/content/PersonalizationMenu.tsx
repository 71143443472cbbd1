import type { Workspace } from '../../../shared/model';

/** Inserts `{{ person.<key> }}` / `{{ account.<key> }}` for a workspace attribute. */
export function PersonalizationMenu({
  workspace,
  onInsert,
  disabled,
}: {
  workspace: Workspace;
  onInsert: (tag: string) => void;
  disabled: boolean;
}) {
  return (
    <label className="inline">
      Insert personalization
      <select
        value=""
        disabled={disabled}
        onChange={(e) => {
          if (e.target.value) onInsert(`{{ ${e.target.value} }}`);
        }}
      >
        <option value="">Choose an attribute…</option>
        <optgroup label="Person">
          {workspace.personAttributes.map((a) => (
            <option key={a.key} value={`person.${a.key}`}>
              {a.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Account">
          {workspace.accountAttributes.map((a) => (
            <option key={a.key} value={`account.${a.key}`}>
              {a.label}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
