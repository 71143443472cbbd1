import { useEffect, useState } from 'react';
import type { QuarantinedFile } from '../../../shared/contract/app';
import { api } from '../../api/client';
import './recovery.css';

/**
 * Files the store could not use (unreadable, invalid UTF-8 or JSON, schema errors, a newer version,
 * a journey file not named after its id) were moved to
 * `quarantine/` when the app opened; this banner says which and why, until dismissed.
 */
export function QuarantineBanner() {
  const [files, setFiles] = useState<QuarantinedFile[]>([]);
  const [dataDir, setDataDir] = useState('');
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    let live = true;
    api
      .call('app.info', {})
      .then((info) => {
        if (!live) return;
        setFiles(info.quarantined);
        setDataDir(info.dataDir);
      })
      .catch(() => undefined); // the app shell reports a dead connection elsewhere
    return () => {
      live = false;
    };
  }, []);

  if (dismissed || files.length === 0) return null;
  return (
    <div className="recovery-banner" role="alert" aria-label="Files set aside">
      <details>
        <summary>
          {files.length === 1
            ? '1 file could not be used and was set aside'
            : `${files.length} files could not be used and were set aside`}{' '}
          in <code>{dataDir ? `${dataDir}/quarantine` : 'quarantine'}</code>. Everything else
          loaded.
        </summary>
        <ul>
          {files.map((f) => (
            <li key={`${f.file}-${f.at}`}>
              <strong>{f.file}</strong>: {f.reason}
            </li>
          ))}
        </ul>
      </details>
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
