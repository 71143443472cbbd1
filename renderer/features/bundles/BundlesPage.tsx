import './bundles.css';
import { useCallback, useState } from 'react';
import type { BundleRequest } from '../../app/desktop-requests';
import { api } from '../../api/client';
import { messageOf } from './bundle-files';
import { ExportPanel } from './ExportPanel';
import { ImportPanel, type IncomingBundle } from './ImportPanel';
import { useBundleRequestHandler } from './use-bundle-requests';

/** Bundles: export published journeys as a .journeys.zip, and import one with a preview first. */
export function BundlesPage() {
  const [exportPath, setExportPath] = useState<string | null>(null);
  const [incoming, setIncoming] = useState<IncomingBundle | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  // A new key after an import re-reads the published journeys the export list offers.
  const [imports, setImports] = useState(0);

  // Desktop menu: Export with a chosen path writes there; Open / Import with a path previews that file.
  const handle = useCallback((request: BundleRequest) => {
    setRequestError(null);
    if (request.action === 'export') {
      setExportPath(request.path ?? null);
      document.getElementById('export-title')?.scrollIntoView();
      return;
    }
    if (!request.path) {
      document.getElementById('import-title')?.scrollIntoView();
      return;
    }
    api.call('bundles.readFile', { path: request.path }).then(
      (file) => setIncoming({ id: request.id, fileName: file.fileName, base64: file.base64 }),
      (e: unknown) => setRequestError(messageOf(e)),
    );
  }, []);
  useBundleRequestHandler(handle);

  return (
    <section className="page bundles-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">Bundles</h1>
      </header>
      <p className="muted">
        Move published journeys between workspaces as .journeys.zip bundles. An import shows what it
        would do first and then applies all of it or nothing.
      </p>
      {requestError && (
        <p role="alert" className="error">
          {requestError}
        </p>
      )}
      <div className="bundle-columns">
        <ExportPanel key={imports} targetPath={exportPath} onWritten={() => setExportPath(null)} />
        <ImportPanel incoming={incoming} onImported={() => setImports((n) => n + 1)} />
      </div>
    </section>
  );
}
