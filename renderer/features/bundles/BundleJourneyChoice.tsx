import { useState, type ReactNode } from 'react';
import { JourneyPicker } from './JourneyPicker';
import { usePublishedJourneys } from './use-published-journeys';

/** Which published journeys a bundle carries, and whether their earlier versions go with them. */
export interface BundleSelection {
  selected: Set<string>;
  setSelected: (next: Set<string>) => void;
  includeVersions: boolean;
  setIncludeVersions: (next: boolean) => void;
}

export function useBundleSelection(): BundleSelection {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [includeVersions, setIncludeVersions] = useState(false);
  return { selected, setSelected, includeVersions, setIncludeVersions };
}

/**
 * The part Export and Push share: the published journeys to choose from (or why they could not be
 * listed), "Include versions", and the panel's own button(s) beside it.
 */
export function BundleJourneyChoice({
  verb,
  selection,
  children,
}: {
  /** "export" or "push": names the table and the empty message. */
  verb: string;
  selection: BundleSelection;
  children: ReactNode;
}) {
  const { journeys, error } = usePublishedJourneys();
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <JourneyPicker
        label={`Published journeys to ${verb}`}
        journeys={journeys}
        selected={selection.selected}
        onChange={selection.setSelected}
        empty={`No published journeys yet. Publish a journey to ${verb} it.`}
      />
      <div className="bundle-actions">
        <label className="check">
          <input
            type="checkbox"
            checked={selection.includeVersions}
            onChange={(e) => selection.setIncludeVersions(e.target.checked)}
          />{' '}
          Include versions
        </label>
        {children}
      </div>
    </>
  );
}
