import { useState } from 'react';
import type { JourneyBody } from '../../../shared/model';
import { DEFAULT_PNG_SCALE, exportJourneyPicture, PNG_SCALES } from './picture-export';

interface ExportControlsProps {
  /** Read when a button is pressed, so the picture is of the journey as it is then. */
  getBody: () => Pick<JourneyBody, 'nodes' | 'edges'> | null;
  name: string;
  /** Button words: "Export" in the editor, "Download" when presenting. */
  verb: 'Export' | 'Download';
  highlightId?: string | null;
  /** Shows "PNG" and "SVG" only (the accessible names keep the verb), for a crowded toolbar. */
  compact?: boolean;
}

/** PNG (with a choice of scale) and SVG export of the whole journey, drawn by the shared vector renderer. */
export function ExportControls({
  getBody,
  name,
  verb,
  highlightId,
  compact = false,
}: ExportControlsProps) {
  const [scale, setScale] = useState(DEFAULT_PNG_SCALE);
  const [error, setError] = useState<string | null>(null);
  const run = (format: 'png' | 'svg') => {
    setError(null);
    const body = getBody();
    if (!body) return;
    exportJourneyPicture(format, body, name, { scale, highlightId }).catch((e: Error) =>
      setError(e.message),
    );
  };
  return (
    <span className="export-controls">
      <button
        type="button"
        onClick={() => run('png')}
        aria-label={`${verb} PNG`}
        title={`The whole journey as a PNG at ${scale}× resolution`}
      >
        {compact ? 'PNG' : `${verb} PNG`}
      </button>
      <select
        aria-label="PNG scale"
        value={scale}
        onChange={(e) => setScale(Number(e.target.value))}
      >
        {PNG_SCALES.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() => run('svg')}
        aria-label={`${verb} SVG`}
        title="The whole journey as a vector picture (opens in slide and drawing apps)"
      >
        {compact ? 'SVG' : `${verb} SVG`}
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </span>
  );
}
