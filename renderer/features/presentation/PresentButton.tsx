import { lazy, Suspense, useState } from 'react';
import { useEditorBody, useEditorJourney } from '../../stores/editor-selectors';

// Presentation mode loads when first opened.
const PresentationView = lazy(() =>
  import('./PresentationView').then((m) => ({ default: m.PresentationView })),
);

/** The editor's "Present" button: opens presentation mode on the journey as currently drawn. */
export function PresentButton() {
  const journey = useEditorJourney();
  const body = useEditorBody();
  const [open, setOpen] = useState(false);
  if (!journey || !body) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label="Present"
        title="Presentation mode: walkthrough, speaker notes and replay"
      >
        ▶<span className="toolbar-text"> Present</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <PresentationView journey={journey} body={body} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
