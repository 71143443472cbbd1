import type { TestResult } from '../../../shared/custom-actions';

/** A module or function Test outcome: passed/failed, the one-line message, and the response. */
export function TestResultView({
  result,
  label = 'Test result',
}: {
  result: TestResult;
  label?: string;
}) {
  return (
    <section
      className={`test-result ${result.ok ? 'ok' : 'failed'}`}
      aria-label={label}
      role="status"
    >
      <p className="test-line">
        <strong>{result.ok ? 'Passed' : 'Failed'}</strong> <span>{result.message}</span>{' '}
        <span className="muted small">({Math.round(result.durationMs)} ms)</span>
      </p>
      {result.input && Object.keys(result.input).length > 0 && (
        <details>
          <summary>Rendered input</summary>
          <pre aria-label="Rendered input">{JSON.stringify(result.input, null, 2)}</pre>
        </details>
      )}
      {result.response !== undefined && (
        <pre aria-label="Response">{JSON.stringify(result.response, null, 2)}</pre>
      )}
    </section>
  );
}
