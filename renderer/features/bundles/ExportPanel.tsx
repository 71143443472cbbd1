import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { messageOf, zipUrl } from './bundle-files';
import { BundleJourneyChoice, useBundleSelection } from './BundleJourneyChoice';

interface Download {
  url: string;
  fileName: string;
  count: number;
}

/** Export: choose published journeys, optionally with their versions, and download a .journeys.zip (or write it where the desktop menu asked). */
export function ExportPanel({
  targetPath,
  onWritten,
}: {
  targetPath: string | null;
  onWritten: () => void;
}) {
  const selection = useBundleSelection();
  const { selected, includeVersions } = selection;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [download, setDownload] = useState<Download | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  /** What the bundle could not carry (an Entry's list not in this workspace); the export still worked. */
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  useEffect(() => () => void (download && URL.revokeObjectURL(download.url)), [download]);

  const exportNow = async () => {
    setBusy(true);
    setError(null);
    setWritten(null);
    setWarnings([]);
    try {
      const ids = [...selected];
      if (targetPath) {
        const out = await api.call('bundles.exportToFile', {
          ids,
          includeVersions,
          path: targetPath,
        });
        setWritten(`Exported ${out.count} journey${out.count === 1 ? '' : 's'} to ${out.path}.`);
        setWarnings(out.warnings);
        onWritten();
      } else {
        const out = await api.call('bundles.export', { ids, includeVersions });
        const next = { url: zipUrl(out.base64), fileName: out.fileName, count: out.count };
        setDownload(next);
        setWarnings(out.warnings);
        // Start the download at once; the link stays for a second try.
        const link = document.createElement('a');
        link.href = next.url;
        link.download = next.fileName;
        link.click();
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bundle-panel" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">
        Published journeys travel with the reference data, Actions (without secrets) and saved
        scenarios they use.
      </p>
      <BundleJourneyChoice verb="export" selection={selection}>
        <button
          type="button"
          className="primary"
          disabled={busy || selected.size === 0}
          onClick={() => void exportNow()}
        >
          {targetPath ? 'Export to file' : 'Export'}
        </button>
        {targetPath && <span className="muted">to {targetPath}</span>}
      </BundleJourneyChoice>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {written && <p role="status">{written}</p>}
      {download && !targetPath && (
        <p role="status">
          Exported {download.count} journey{download.count === 1 ? '' : 's'}.{' '}
          <a href={download.url} download={download.fileName}>
            Download {download.fileName}
          </a>
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="warning-box" aria-label="Export warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
