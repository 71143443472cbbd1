import { useState } from 'react';
import { usedByBrief } from '../../../shared/catalog';

/** How many journey names the line shows before "and N more". */
const SHOWN = 3;

/**
 * "Used by 2 journeys: Onboarding, Renewal" under a list, as text a screen reader reads in turn
 * (a tooltip was all there was). Past three names, "and N more" shows the rest.
 */
/** `id` names its text (not the button), for the Remove button's description. */
export function UsedByLine({ id, names }: { id: string; names: readonly string[] }) {
  const [all, setAll] = useState(false);
  if (names.length === 0) return null;
  const { text, more } = usedByBrief(names, all ? names.length : SHOWN);
  return (
    <p className="muted used-by">
      <span id={id}>{text}</span>
      {names.length > SHOWN && (
        <>
          {' '}
          <button type="button" className="link" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? 'show fewer' : `and ${more} more`}
          </button>
        </>
      )}
    </p>
  );
}
