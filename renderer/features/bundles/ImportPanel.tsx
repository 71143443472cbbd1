import { useCallback, useEffect, useState } from 'react';
import type { BundlePreview } from '../../../shared/bundle';
import { api } from '../../api/client';
import { fileToBase64, messageOf } from './bundle-files';
import { ImportFlow } from './ImportFlow';

/** A bundle handed in from outside the panel (the desktop's Open / Import menu). */
export interface IncomingBundle {
  id: number;
  fileName: string;
  base64: string;
}

interface Loaded {
  id: number;
  fileName: string;
  base64: string;
  preview: BundlePreview;
}

// Uploads count from far above desktop request ids, so the two never share a key.
let uploads = 1_000_000;

/** Import: pick a .journeys.zip, see what it would do, choose a policy, import all-or-nothing. */
export function ImportPanel({
  incoming,
  onImported,
}: {
  incoming: IncomingBundle | null;
  onImported: () => void;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (id: number, fileName: string, base64: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setLoaded(null);
    try {
      const data = await base64();
      setLoaded({
        id,
        fileName,
        base64: data,
        preview: await api.call('bundles.preview', { base64: data }),
      });
    } catch (e) {
      setError(`${fileName}: ${messageOf(e)}`);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (incoming) void load(incoming.id, incoming.fileName, async () => incoming.base64);
  }, [incoming, load]);

  return (
    <section className="bundle-panel" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <label className="file-pick">
        Bundle file (.journeys.zip)
        <input
          type="file"
          accept=".zip,application/zip"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // the same file again is a new pick
            if (file) void load(++uploads, file.name, () => fileToBase64(file));
          }}
        />
      </label>
      {busy && <p role="status">Reading the bundle…</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {loaded && (
        <>
          <h3 className="bundle-file-name">{loaded.fileName}</h3>
          <ImportFlow
            key={loaded.id}
            preview={loaded.preview}
            verb="Import"
            apply={(policy) => api.call('bundles.import', { base64: loaded.base64, policy })}
            onDone={onImported}
          />
        </>
      )}
    </section>
  );
}
