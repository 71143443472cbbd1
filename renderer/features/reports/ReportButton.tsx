import { useRef, useState } from 'react';
import type { RunSettings, SimulationResult } from '../../../shared/simulation';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { downloadText } from './download';
import './reports.css';

interface Report {
  html: string;
  fileName: string;
}

/** "Report" in the simulation results: the printable report in a preview, with Download HTML and Print / Save as PDF. */
export function ReportButton({
  journeyId,
  result,
  run,
}: {
  journeyId: string;
  result: SimulationResult;
  /** The settings it was run with: the report lists them and says when they were not saved. */
  run: RunSettings | null;
}) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(
        await api.call('reports.simulation', { journeyId, result, ...(run ? { run } : {}) }),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void open()} disabled={busy}>
        Report
      </button>
      {error && (
        <span role="alert" className="error small">
          {error}
        </span>
      )}
      {report && (
        <Modal title="Simulation report" onClose={() => setReport(null)}>
          {/* srcdoc keeps the report self-contained: no URL to load, nothing leaves the machine. */}
          <iframe
            ref={frame}
            className="report-preview"
            title="Report preview"
            srcDoc={report.html}
            sandbox="allow-modals allow-same-origin"
          />
          <div className="actions">
            <button type="button" onClick={() => downloadText(report.html, report.fileName)}>
              Download HTML
            </button>
            <button type="button" onClick={() => frame.current?.contentWindow?.print()}>
              Print / Save as PDF
            </button>
            <button type="button" className="primary" onClick={() => setReport(null)}>
              Close report
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
