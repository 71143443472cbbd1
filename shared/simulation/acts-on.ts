import type { JourneyNode } from '../model';
import type { NodeStats, SimulationResult } from './result';

/**
 * What a step acts on, as the CLI's table and CSV say it. A split by people takes the whole
 * account in and divides its people among its paths, so "accounts" alone would read as if it
 * split accounts.
 */
export function actsOnText(
  result: Pick<SimulationResult, 'unit'>,
  stats: Pick<NodeStats, 'level'>,
  node: JourneyNode | undefined,
): string {
  if (result.unit !== 'account' || stats.level === 'people') return 'people';
  return node?.type === 'split' && node.settings.splitBy === 'people'
    ? 'accounts (divides people)'
    : 'accounts';
}
