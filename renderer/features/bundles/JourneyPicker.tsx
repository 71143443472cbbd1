import { JourneyStatus } from '../../../shared/model';
import { StatusBadge } from '../../components/StatusBadge';

interface JourneyPickerProps {
  label: string;
  journeys: { id: string; name: string; version: number; status: string }[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  empty: string;
}

function statusOf(status: string) {
  const known = JourneyStatus.safeParse(status);
  return known.success ? <StatusBadge status={known.data} /> : status;
}

/** A table of journeys with a checkbox per row and one for all of them. */
export function JourneyPicker({ label, journeys, selected, onChange, empty }: JourneyPickerProps) {
  if (journeys.length === 0) return <p className="empty">{empty}</p>;
  const all = journeys.every((j) => selected.has(j.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <table className="table compact bundle-picker" aria-label={label}>
      <thead>
        <tr>
          <th scope="col" className="check-cell">
            <input
              type="checkbox"
              aria-label="Select all journeys"
              checked={all}
              onChange={() => onChange(all ? new Set() : new Set(journeys.map((j) => j.id)))}
            />
          </th>
          <th scope="col">Name</th>
          <th scope="col">Version</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {journeys.map((j) => (
          <tr key={j.id}>
            <td className="check-cell">
              <input
                type="checkbox"
                aria-label={`Select ${j.name} version ${j.version}`}
                checked={selected.has(j.id)}
                onChange={() => toggle(j.id)}
              />
            </td>
            <td>{j.name}</td>
            <td className="num">{j.version}</td>
            <td>{statusOf(j.status)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
