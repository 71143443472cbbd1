import { Fragment } from 'react';
import type { Journey } from '../../../shared/model';
import {
  edgeFigure,
  nodeFigure,
  skippedSteps,
  type SimulationResult,
} from '../../../shared/simulation';
import { distinctStepNames } from '../../../shared/graph';
import { layoutSankey, sankeyDepths } from './sankey-layout';

const SPAN_CLASS = { name: 'sim-sankey-name', figure: 'num', skipped: 'sim-sankey-skip' } as const;

/**
 * A Sankey-style path view: nodes in columns, edge counts as bands whose width follows the flow.
 * Account journeys size bands by people (a split by people divides people, so the flow never
 * grows); every label states accounts and people. A table under it says the same in words. An
 * unconfigured step the run skipped is marked in both, as on the map.
 */
export function SankeyView({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const stats = new Map(result.nodes.map((n) => [n.nodeId, n]));
  const edgeStats = new Map(result.edges.map((e) => [e.edgeId, e]));
  const byPeople = result.unit === 'account';
  const names = distinctStepNames(journey);
  const nameOf = (id: string) => names.get(id) ?? id;
  // Unconfigured steps the run skipped, said as the results banner and the map's badge say it.
  const skipped = new Map(
    skippedSteps(journey, result).map((s) => [s.nodeId, `Skipped: ${s.figure} — ${s.reason}`]),
  );
  const step = (id: string) => (
    <>
      {nameOf(id)}
      {skipped.has(id) && <span className="sim-skip-note"> ({skipped.get(id)})</span>}
    </>
  );
  const layout = layoutSankey(
    journey.nodes.map((n) => {
      const st = stats.get(n.id);
      return {
        id: n.id,
        name: nameOf(n.id),
        // One line per unit ("2,500 accounts", "9,870 people"), so a column stays narrow.
        figures: st ? nodeFigure(result, st).split(' · ') : [],
        flow: st ? (byPeople ? (st.people?.entered ?? 0) : st.entered) : 0,
        skipped: skipped.get(n.id),
      };
    }),
    journey.edges.map((e) => {
      const es = edgeStats.get(e.id);
      return { ...e, flow: es ? (byPeople ? (es.people ?? 0) : es.count) : 0 };
    }),
    sankeyDepths(journey),
  );
  const flowing = journey.edges.filter((e) => (edgeStats.get(e.id)?.count ?? 0) > 0);
  return (
    <figure className="sim-sankey">
      {/* Focusable so a keyboard can scroll a wide journey sideways. */}
      <div className="sim-sankey-scroll" role="group" aria-label="Path view" tabIndex={0}>
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label="Paths taken: bands sized by the number of people"
        >
          {layout.bands.map((b) => {
            const e = journey.edges.find((x) => x.id === b.id)!;
            const es = edgeStats.get(b.id);
            return (
              <path key={b.id} d={b.d} className="sim-band">
                <title>{`${nameOf(e.source)} → ${nameOf(e.target)}: ${es ? edgeFigure(result, es) : ''}`}</title>
              </path>
            );
          })}
          {layout.nodes.map((n) => (
            <g key={n.id} data-node-id={n.id}>
              <rect
                x={n.bar.x}
                y={n.bar.y}
                width={n.bar.w}
                height={n.bar.h}
                className={`sim-sankey-node${n.skipped ? ' skipped' : ''}`}
              />
              <text className="sim-sankey-label">
                {/* A space between lines, so the text reads (and copies) as words, not "FY272,500". */}
                {n.lines.map((l, i) => (
                  <Fragment key={i}>
                    {i > 0 && ' '}
                    <tspan x={n.label.x} y={l.y} className={SPAN_CLASS[l.kind]}>
                      {l.text}
                    </tspan>
                  </Fragment>
                ))}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <details className="sim-sankey-table">
        <summary>Paths as a table</summary>
        <table aria-label="Paths taken">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col" className="num">
                Went this way
              </th>
            </tr>
          </thead>
          <tbody>
            {flowing.map((e) => (
              <tr key={e.id}>
                <td>{step(e.source)}</td>
                <td>{step(e.target)}</td>
                <td className="num">{edgeFigure(result, edgeStats.get(e.id)!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
