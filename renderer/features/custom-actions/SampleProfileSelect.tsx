import type { Workspace } from '../../../shared/model';
import { SAMPLE_COUNT, sampleProfile, type SampleProfile } from '../content/sample-profile';

/** A sample's display name: its person's name when the workspace has one. */
export function sampleLabel(profile: SampleProfile, index: number): string {
  const name = [profile.person.firstName, profile.person.lastName]
    .filter((v) => v !== undefined && v !== '')
    .join(' ');
  return name
    ? `${name}${profile.account.name !== undefined ? ` (${String(profile.account.name)})` : ''}`
    : `Sample profile ${index + 1}`;
}

interface Props {
  id: string;
  workspace: Workspace;
  value: number;
  onChange: (index: number) => void;
}

/** Chooses one of the deterministic sample profiles of the workspace. */
export function SampleProfileSelect({ id, workspace, value, onChange }: Props) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {Array.from({ length: SAMPLE_COUNT }, (_, i) => (
        <option key={i} value={i}>
          {sampleLabel(sampleProfile(workspace, i), i)}
        </option>
      ))}
    </select>
  );
}
