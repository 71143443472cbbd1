import { JOURNEY_TYPE_LABELS, type Journey } from '../model';
import {
  accountsAndPeople,
  unitWord,
  withUnit,
  type RunSettings,
  type SimulationResult,
} from '../simulation';
import type { ListNames } from '../render';
import type { Problem } from '../validation/problem';
import { esc, figureHtml, fmt, pct } from './html';
import { journeySvg } from './journey-svg';
import { picturePrintParts } from './picture-pages';
import { REPORT_CSS } from './report-css';
import { scenarioSection, unsavedRunBanner } from './scenario-section';
import {
  actionLogSection,
  funnelSection,
  messagesSection,
  pathsSection,
  skippedBanner,
  warningsSection,
} from './sections';

/** What a simulation report is made from. */
export interface ReportInput {
  journey: Journey;
  result: SimulationResult;
  /** The settings the result was run with: listed, and said when they were not the saved scenario's. */
  run?: RunSettings;
  /** Validation problems of the journey (warnings usually; errors block a run). */
  problems?: readonly Problem[];
  /** When the report was made (ISO); passed in so the output is reproducible. */
  generatedAt: string;
  /** The workspace's lists, so the picture names lists by their current names. */
  workspace?: ListNames | null;
  appVersion?: string;
}

/** A file name for the report: the journey's name made safe, plus the scenario. */
export function reportFileName(
  journey: Pick<Journey, 'name'>,
  result: Pick<SimulationResult, 'scenarioName'>,
): string {
  const safe = (s: string) =>
    s
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'journey';
  return `${safe(journey.name)}--${safe(result.scenarioName)}--report.html`;
}

/**
 * The picture as printed: page-sized parts at full size (the screen's one picture would shrink
 * below readable text on A4), each on its own page with where it sits in the whole. It follows the
 * tables, so page 1 holds the key figures and the funnel rather than a part pushed to page 2.
 */
function printParts(
  journey: Journey,
  result: SimulationResult,
  workspace?: ListNames | null,
): string {
  const parts = picturePrintParts(journey, result, workspace);
  const columns = Math.max(...parts.map((p) => p.column)) + 1;
  const where = (p: (typeof parts)[number]) =>
    columns > 1 ? `row ${p.row + 1}, column ${p.column + 1}` : `part ${p.row + 1}`;
  return `<section class="picture-print"><h2>Journey</h2>${parts
    .map(
      (p, i) =>
        `<figure class="picture-part">${p.svg}<figcaption>Journey, ${where(p)} (${i + 1} of ${parts.length})</figcaption></figure>`,
    )
    .join('')}</section>`;
}

const kpi = (figure: string, what: string, wide = false) =>
  `<div class="kpi${wide ? ' wide' : ''}"><b>${figureHtml(figure)}</b>${what}</div>`;

/** The simulation report as one self-contained HTML document (inline CSS and SVG, no scripts), printable to PDF. */
export function renderSimulationReport(input: ReportInput): string {
  const { journey, result } = input;
  const admitted =
    result.unit === 'account'
      ? accountsAndPeople(result.profiles.admitted, result.people?.admitted)
      : withUnit(result.profiles.admitted, 'person');
  // Each account (or person) ends once: exits are counted per journey, not per path.
  const reached = result.exits.exitNode;
  const sent = Object.values(result.messages).reduce((s, c) => s + c.sent, 0);
  // Account actions notify about the account: their own figure and unit, never added to messages.
  const notified = result.accountNotifications.filter((e) => e.count > 0);
  const notifiedKpis = notified
    .map((e) => kpi(withUnit(e.count, e.unit), `notified by “${esc(e.name)}” (one per account)`))
    .join('');
  const warnings = result.warnings.length + (input.problems?.length ?? 0);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`Simulation report – ${journey.name}`)}</title><style>${REPORT_CSS}</style></head>
<body><main>
<header><h1>${esc(journey.name)}</h1><div class="muted">Simulation report · scenario “${esc(result.scenarioName)}”</div>
<ul class="meta"><li>${JOURNEY_TYPE_LABELS[journey.audience].one}</li><li>Version ${journey.version} · ${esc(journey.status)}</li><li>Seed ${result.seed}</li><li>${result.horizonDays} virtual days</li>${result.finishedOnDay ? `<li>Would finish on day ${result.finishedOnDay}</li>` : ''}</ul>
${journey.description ? `<p>${esc(journey.description)}</p>` : ''}</header>
${unsavedRunBanner(input.run)}
<section class="kpis" aria-label="Key figures">
${kpi(admitted, 'entered', admitted.includes(' · '))}
${kpi(pct(reached, result.profiles.admitted), `of ${unitWord(result.unit, 2)} reached an Exit`)}
${kpi(fmt(sent), 'messages sent to people (one per person)')}${notifiedKpis}
${kpi(fmt(warnings), warnings === 1 ? 'warning' : 'warnings')}
</section>
${skippedBanner(journey, result)}
<section class="picture-screen"><h2>Journey</h2><div class="picture">${journeySvg(journey, result, input.workspace)}</div></section>
<h2>Funnel per node</h2>${funnelSection(journey, result)}
<h2>Path distribution</h2>${pathsSection(journey, result)}
<h2>Messages per channel</h2>${messagesSection(result)}
<h2>Action log</h2>${actionLogSection(result)}
<h2>Warnings</h2>${warningsSection(journey, result, input.problems ?? [])}
${scenarioSection(input.run)}
${printParts(journey, result, input.workspace)}
<footer>Simulated by Journey Studio${input.appVersion ? ` ${esc(input.appVersion)}` : ''} on ${esc(input.generatedAt.slice(0, 16).replace('T', ' '))} UTC. Nothing was sent or changed: the simulator never calls endpoints. Same journey, scenario and seed give the same figures.</footer>
</main></body></html>
`;
}
