import type { Journey } from '../model';
import { renderJourneySvg, simFigures, type ListNames } from '../render';
import type { SimulationResult } from '../simulation';

/** The report's picture: the shared vector renderer (the same drawing as Export SVG), with the run's figures. */
export function journeySvg(
  journey: Pick<Journey, 'nodes' | 'edges'>,
  result?: SimulationResult | null,
  workspace?: ListNames | null,
): string {
  return renderJourneySvg(journey, { sim: result ? simFigures(result) : null, workspace }).svg;
}
