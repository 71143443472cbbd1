import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  type LegendPayload,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useMemo, useState } from 'react';
import type { Journey } from '../../../shared/model';
import { unitHeading, type SimulationResult } from '../../../shared/simulation';
import { distinctStepNames } from '../../../shared/graph';
import { dayTicks } from './chart-days';
import { chartableNodes, defaultChartNodes } from './chart-nodes';

const COLORS = ['#3358d4', '#2e9d5b', '#d4862f', '#a23bc4', '#c62f3a', '#1f9bb5'];

/**
 * Legend items in the order the series are drawn (recharts sorts them alphabetically by default,
 * and leaves the order unstable without a sorter).
 */
const inDrawnOrder =
  (keys: readonly string[]) =>
  (item: LegendPayload): number =>
    keys.indexOf(String(item.dataKey));
const MESSAGE_KEYS = ['sent', 'opened', 'clicked'];

/**
 * Entered per day for the nodes picked (the busiest by default), in flow order (Entry excluded: it
 * mirrors the arrivals), with the replay day marked. Days are numbered from 1 as in the replay; the series count the journey's unit.
 */
export function TimeSeriesChart({
  journey,
  result,
  day,
}: {
  journey: Journey;
  result: SimulationResult;
  day: number | null;
}) {
  const names = distinctStepNames(journey);
  const all = useMemo(() => chartableNodes(journey, result.nodes), [journey, result.nodes]);
  const [chosen, setChosen] = useState<readonly string[] | null>(null);
  const picked = useMemo(
    () => new Set(chosen ?? defaultChartNodes(journey, result.nodes)),
    [chosen, journey, result.nodes],
  );
  // Lines and legend in flow order (the legend lists the lines in the order they are drawn).
  const top = all.filter((n) => picked.has(n.nodeId));
  const toggle = (id: string, on: boolean) =>
    setChosen(all.map((n) => n.nodeId).filter((x) => (x === id ? on : picked.has(x))));
  const unit = unitHeading(result.unit).toLowerCase();
  const data = Array.from({ length: result.horizonDays }, (_, d) =>
    Object.fromEntries([
      ['day', d + 1],
      ...top.map((n) => [names.get(n.nodeId) ?? n.nodeId, n.daily[d]]),
    ]),
  );
  return (
    <figure className="sim-chart" aria-label={`Entered per virtual day (${unit}), nodes picked`}>
      <ResponsiveContainer width="100%" height={220}>
        {/* Keyed by the nodes drawn: recharts keeps lines in mount order, a re-ticked node must not go last. */}
        <LineChart
          key={top.map((n) => n.nodeId).join(' ')}
          data={data}
          margin={{ top: 8, right: 16, bottom: 12, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="day"
            ticks={dayTicks(result.horizonDays)}
            interval={0}
            tick={{ fontSize: 11 }}
            label={{ value: 'Virtual day', position: 'insideBottom', offset: -4, fontSize: 11 }}
          />
          <YAxis
            tick={{ fontSize: 11 }}
            width={56}
            allowDecimals={false}
            label={{
              value: `Entered (${unit})`,
              angle: -90,
              position: 'insideLeft',
              fontSize: 11,
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            labelFormatter={(d) => `Day ${String(d)}`}
            formatter={(v) => `${String(v)} ${unit}`}
          />
          {/* Above the plot, so the x axis title below it has room. */}
          <Legend
            verticalAlign="top"
            wrapperStyle={{ fontSize: 11 }}
            itemSorter={inDrawnOrder(top.map((n) => names.get(n.nodeId) ?? n.nodeId))}
          />
          {top.map((n, i) => (
            <Line
              key={n.nodeId}
              // Straight between whole days with a dot on each: a count per day, nothing in between.
              type="linear"
              dataKey={names.get(n.nodeId) ?? n.nodeId}
              stroke={COLORS[i % COLORS.length]}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ))}
          {/* The store's replay day is an index from 0; the axis shows Day 1 first. */}
          {day !== null && <ReferenceLine x={day + 1} stroke="#c62f3a" />}
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="small muted">
        Entered per virtual day, in {unit} (Day 1 is the first day, as in the replay)
      </figcaption>
      <details className="sim-chart-picker">
        <summary>Nodes on the chart ({top.length})</summary>
        <fieldset>
          <legend className="small">Show these nodes on the Over time chart</legend>
          {all.map((n) => (
            <label key={n.nodeId} className="small">
              <input
                type="checkbox"
                checked={picked.has(n.nodeId)}
                onChange={(e) => toggle(n.nodeId, e.target.checked)}
              />{' '}
              {names.get(n.nodeId) ?? n.nodeId}
            </label>
          ))}
        </fieldset>
      </details>
    </figure>
  );
}

/** Messages to people per channel (one per person): sent, opened, clicked. */
export function MessagesChart({ result }: { result: SimulationResult }) {
  // The axis names each channel as the tables do ("Email"), not by its id.
  const data = Object.values(result.messages)
    .filter((m) => m.sent > 0)
    .map((m) => ({ channel: m.name, sent: m.sent, opened: m.opened, clicked: m.clicked }));
  if (data.length === 0) return null;
  return (
    <figure className="sim-chart" aria-label="Messages per channel chart (people)">
      <ResponsiveContainer width="100%" height={160}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="channel" tick={{ fontSize: 11 }} />
          <YAxis
            tick={{ fontSize: 11 }}
            width={56}
            allowDecimals={false}
            label={{
              value: 'People',
              angle: -90,
              position: 'insideLeft',
              fontSize: 11,
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={inDrawnOrder(MESSAGE_KEYS)} />
          {MESSAGE_KEYS.map((key, i) => (
            <Bar key={key} dataKey={key} fill={COLORS[i]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
