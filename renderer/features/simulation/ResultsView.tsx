import type { Journey } from '../../../shared/model';
import {
  accountsAndPeople,
  outcomeSentence,
  withUnit,
  type RunSettings,
  type SimulationResult,
} from '../../../shared/simulation';
import { useSimulationStore } from '../../stores/simulation-store';
import { ReplayScrubber } from './ReplayScrubber';
import { MessagesChart, TimeSeriesChart } from './ResultCharts';
import {
  ActionLogTable,
  ExitsAndMessages,
  NodeTable,
  SkippedBanner,
  TraceList,
  WarningList,
} from './ResultTables';
import { SankeyView } from './SankeyView';
import { ReportButton } from '../reports/ReportButton';

const fmt = (n: number) => n.toLocaleString('en-US');
const figure = (r: SimulationResult, accounts: number, people: number | undefined) =>
  r.unit === 'account' ? accountsAndPeople(accounts, people) : withUnit(accounts, 'person');

/** Everything a finished run shows: replay, per-node table, paths, charts, exits, messages, warnings, traces. */
export function ResultsView({
  journey,
  result,
  run,
  onSaveExpected,
}: {
  journey: Journey;
  result: SimulationResult;
  /** The settings the result was run with, for the report (null when unknown). */
  run: RunSettings | null;
  onSaveExpected: () => void;
}) {
  const day = useSimulationStore((s) => s.day);
  const successor = useSimulationStore((s) => s.successor);
  return (
    <section className="sim-results" aria-label="Simulation results">
      <SkippedBanner journey={journey} result={result} />
      <p role="status" className="sim-summary">
        {figure(result, result.profiles.admitted, result.people?.admitted)} admitted
        {result.profiles.notAdmitted
          ? `, ${figure(result, result.profiles.notAdmitted, result.people?.notAdmitted)} not admitted`
          : ''}{' '}
        over {result.horizonDays} virtual days ({fmt(result.transitions)} steps in{' '}
        {Math.round(result.wallMs)} ms).
      </p>
      <p className="small" data-testid="finished-day">
        Lifecycle: {outcomeSentence(result)}
      </p>
      {successor && (
        <p className="small">
          Soft stop: the new version admitted{' '}
          {figure(successor, successor.profiles.admitted, successor.people?.admitted)};{' '}
          {figure(successor, successor.exits.exitNode, successor.people?.exits.exitNode)} reached an
          Exit there.
        </p>
      )}
      <ReplayScrubber horizonDays={result.horizonDays} />
      <ReportButton journeyId={journey.id} result={result} run={run} />
      <h3>Per node, end of run</h3>
      <NodeTable journey={journey} result={result} />
      <button type="button" onClick={onSaveExpected}>
        Save these figures as expected
      </button>
      <h3>Paths</h3>
      <SankeyView journey={journey} result={result} />
      <h3>Over time</h3>
      <TimeSeriesChart journey={journey} result={result} day={day} />
      <h3>Exits and messages</h3>
      <ExitsAndMessages result={result} />
      <MessagesChart result={result} />
      <h3>Action log</h3>
      <ActionLogTable result={result} />
      <h3>Warnings</h3>
      <WarningList journey={journey} result={result} />
      <h3>Sampled traces</h3>
      <TraceList result={result} />
    </section>
  );
}
