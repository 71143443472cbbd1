import { getAction } from '../../catalog';
import type { JourneyNode } from '../../model';
import { BACK_TO_BACK_SENDS } from '../codes';
import { isWait, quoted } from '../graph';
import { warning, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** Customer-facing sends; internal notifications and site messages do not count. */
function isSend(node: JourneyNode | undefined): boolean {
  if (node?.type !== 'action' || node.settings.actionId === null) return false;
  const effect = getAction(node.settings.actionId)?.simulation;
  return effect?.kind === 'send' && (effect.channel === 'email' || effect.channel === 'sms');
}

/** Seed 001 best practice: put a Wait between messages (warning on the second send). */
export function backToBackSendsRule({ graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const first of graph.nodes.values()) {
    if (!isSend(first)) continue;
    const seen = new Set<string>();
    const stack = graph.successors(first.id);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const node = graph.nodes.get(id);
      if (!node || isWait(node)) continue;
      if (isSend(node)) {
        if (reported.has(`${first.id}>${id}`)) continue;
        reported.add(`${first.id}>${id}`);
        const msg = `Sends right after ${quoted(first)} with no Wait between them`;
        problems.push(warning(BACK_TO_BACK_SENDS, msg, node.id));
        continue;
      }
      stack.push(...graph.successors(id));
    }
  }
  return problems;
}
