import type { Journey } from '../../../shared/model';
import { distinctStepNames } from '../../../shared/graph/step-names';
import { line, shown } from './terminal-text';
import {
  accountsAndPeople,
  actsOnText,
  actionEntryFigure,
  countsAccountsPerPath,
  distinctTotals,
  PER_PATH_NOTE,
  figureParts,
  wasRevisited,
  actionLogRows,
  inFlowOrder,
  outcomeSentence,
  skippedSteps,
  unitHeading,
  withUnit,
  type FigureDifference,
  type FigureParts,
  type SimulationResult,
} from '../../../shared/simulation';

const fmt = (n: number) => n.toLocaleString('en-US');
const FIGURES = ['entered', 'completed', 'skipped', 'waiting', 'exited'] as const;
const EXIT_LABELS: Record<keyof SimulationResult['exits'], string> = {
  exitNode: 'reached an Exit',
  horizon: 'still inside at the horizon',
  aborted: 'aborted',
  loopLimit: 'stopped by the loop limit',
  dropped: 'left where a path leads nowhere',
  noPeople: 'had no people at a split by people',
};

function table(rows: string[][], textColumns: number): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  // Text columns left-aligned, numbers right-aligned.
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c < textColumns ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * The per-node table, in journey (flow) order: in account journeys each figure in accounts, then the
 * same in people; headings name the unit. When a Go to brought units back, unit columns count each
 * once (– for a figure that is only part of the visits) and visits columns follow.
 */
function nodeTable(journey: Journey, r: SimulationResult): string {
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const unit = unitHeading(r.unit);
  const account = r.unit === 'account';
  const loops = r.nodes.some(wasRevisited);
  const head = [
    'Node',
    'Type',
    'Acts on',
    ...FIGURES.map((f) => `${f[0].toUpperCase()}${f.slice(1)} (${unit.toLowerCase()})`),
    ...(account ? FIGURES.map((f) => `${f[0].toUpperCase()}${f.slice(1)} (people)`) : []),
    ...(loops ? ['Entered (visits)', 'Completed (visits)', 'Skipped (visits)'] : []),
  ];
  const rows = inFlowOrder(journey, r.nodes).map((s) => {
    const node = byId.get(s.nodeId);
    // After a Go to: distinct units, their people, and the visits in a column of their own.
    const parts = FIGURES.map((f) => figureParts(r, s, f));
    const units = parts.map((p) => (p.count === null ? '–' : fmt(p.count)));
    const people = account ? parts.map((p) => (p.people === undefined ? '–' : fmt(p.people))) : [];
    const visits = loops ? [fmt(s.entered), fmt(s.completed), fmt(s.skipped)] : [];
    return [
      shown(node?.name ?? s.nodeId),
      node?.type ?? '',
      actsOnText(r, s, node),
      ...units,
      ...people,
      ...visits,
    ];
  });
  // Waiting and exited once per account or person; other figures have no total (a unit passes many nodes).
  const totals = distinctTotals(r);
  const once = (pick: (p: FigureParts) => number | undefined) =>
    FIGURES.map((f) => (f === 'waiting' || f === 'exited' ? fmt(pick(totals[f]) ?? 0) : '–'));
  const total = [
    `Whole journey, each ${account ? 'account' : 'person'} once`,
    '',
    '',
    ...once((p) => p.count ?? 0),
    ...(account ? once((p) => p.people) : []),
    ...(loops ? ['–', '–', '–'] : []),
  ];
  const note = countsAccountsPerPath(r) ? `\n${PER_PATH_NOTE}` : '';
  return `${table([head, ...rows, total], 3)}${note}`;
}

/** A readable report of a run: per-node table, exits, messages and warnings, every count with its unit. */
export function formatResult(journey: Journey, r: SimulationResult): string {
  const account = r.unit === 'account';
  const stepNames = distinctStepNames(journey);
  const admitted = account
    ? accountsAndPeople(r.profiles.admitted, r.people?.admitted)
    : withUnit(r.profiles.admitted, 'person');
  const notAdmitted = account
    ? accountsAndPeople(r.profiles.notAdmitted, r.people?.notAdmitted)
    : withUnit(r.profiles.notAdmitted, 'person');
  const exits = (Object.keys(EXIT_LABELS) as Array<keyof typeof EXIT_LABELS>)
    // Only accounts can reach a split by people without people.
    .filter((k) => account || k !== 'noPeople')
    .map(
      (k) =>
        `${EXIT_LABELS[k]} ${account ? accountsAndPeople(r.exits[k], r.people?.exits[k]) : withUnit(r.exits[k], 'person')}`,
    )
    .join('; ');
  const messages = Object.entries(r.messages)
    .filter(([, m]) => m.sent > 0)
    .map(
      ([, m]) =>
        `${shown(m.name)}: ${fmt(m.sent)} sent, ${fmt(m.opened)} opened, ${fmt(m.clicked)} clicked`,
    );
  const notified = r.accountNotifications
    .filter((e) => e.count > 0)
    .map((e) => `${shown(e.name)}: ${actionEntryFigure(e)}`);
  const changes = actionLogRows(r);
  const lines = [
    `${line`"${journey.name}", scenario "${r.scenarioName}"`} (seed ${r.seed}, ${r.horizonDays} days): ${admitted} admitted, ${notAdmitted} not admitted`,
    '',
    nodeTable(journey, r),
    '',
    `Exits: ${exits}`,
    `Messages to people (one per person): ${messages.length ? messages.join('; ') : 'none'}`,
  ];
  if (notified.length)
    lines.push(`Account notifications (one per account): ${notified.join('; ')}`);
  if (changes.length)
    lines.push(
      'Action log:',
      ...changes.map((c) => line`  ${c.what} ${c.kind} "${c.name}": ${c.figure}`),
    );
  lines.push(outcomeSentence(r));
  const skipped = skippedSteps(journey, r);
  if (skipped.length)
    lines.push(
      'Skipped (unconfigured steps):',
      ...skipped.map((s) => line`  ${s.name}: ${s.figure} — ${s.reason}`),
    );
  if (r.warnings.length)
    lines.push(
      'Warnings:',
      // As the report and the panel: the step a warning is about, never its code.
      ...r.warnings.map((w) => {
        const step = w.nodeId ? stepNames.get(w.nodeId) : undefined;
        return step ? line`  ${step}: ${w.message}` : line`  ${w.message}`;
      }),
    );
  return `${lines.join('\n')}\n`;
}

/** One line per figure that differs from the scenario's expected figures (expected figures are in the journey's unit). */
export function formatDifferences(journey: Journey, diffs: FigureDifference[]): string {
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  const unit = journey.audience === 'account' ? 'account' : 'person';
  return diffs
    .map(
      (d) =>
        `${line`  ${names.get(d.nodeId) ?? d.nodeId} (${d.nodeId}) ${d.figure}`}: expected ${withUnit(d.expected, unit)}, got ${d.actual === null ? 'no such node' : withUnit(d.actual, unit)}\n`,
    )
    .join('');
}
