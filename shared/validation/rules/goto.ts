import type { JourneyNode } from '../../model';
import { CYCLE_WITHOUT_WAIT, GOTO_NO_TARGET, GOTO_TARGET_MISSING } from '../codes';
import { isWait, quoted, type JourneyGraph } from '../graph';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** A Go to names an existing node other than the Entry. */
export function gotoTargetRule({ graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type !== 'goto') continue;
    const targetId = node.settings.targetNodeId;
    const target = targetId === null ? undefined : graph.nodes.get(targetId);
    if (targetId === null || targetId === '') {
      problems.push(error(GOTO_NO_TARGET, 'Go to node is required', node.id, 'targetNodeId'));
    } else if (!target || target.type === 'entry') {
      const msg = target
        ? 'Go to node cannot be the Entry; choose a step after it'
        : 'Go to node no longer exists; choose another';
      problems.push(error(GOTO_TARGET_MISSING, msg, node.id, 'targetNodeId'));
    }
  }
  return problems;
}

/** Strongly connected components of the graph without Wait nodes (Tarjan). */
function loopsWithoutWait(graph: JourneyGraph): JourneyNode[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const loops: JourneyNode[][] = [];
  const next = (id: string) => graph.successors(id).filter((s) => !isWait(graph.nodes.get(s)!));
  const visit = (id: string) => {
    index.set(id, index.size);
    low.set(id, index.get(id)!);
    stack.push(id);
    onStack.add(id);
    for (const s of next(id)) {
      if (!index.has(s)) {
        visit(s);
        low.set(id, Math.min(low.get(id)!, low.get(s)!));
      } else if (onStack.has(s)) {
        low.set(id, Math.min(low.get(id)!, index.get(s)!));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const component: string[] = [];
    let top: string;
    do {
      top = stack.pop()!;
      onStack.delete(top);
      component.push(top);
    } while (top !== id);
    if (component.length > 1 || next(id).includes(id)) {
      loops.push(component.map((c) => graph.nodes.get(c)!));
    }
  };
  for (const node of graph.nodes.values()) if (!isWait(node) && !index.has(node.id)) visit(node.id);
  return loops;
}

/** A loop (through a Go to or edges) must pass a Wait, or profiles would spin instantly. */
export function cycleRule({ graph }: RuleInput): Problem[] {
  return loopsWithoutWait(graph).flatMap((loop) => {
    const gotos = loop.filter((n) => n.type === 'goto');
    const names = loop.map(quoted).join(', ');
    const msg = `The loop through ${names} has no Wait; add one so profiles do not loop instantly`;
    return (gotos.length > 0 ? gotos : loop.slice(0, 1)).map((n) =>
      error(CYCLE_WITHOUT_WAIT, msg, n.id),
    );
  });
}
