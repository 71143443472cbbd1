import { acceptsInput, nodeOutputs } from '../../model';
import { DANGLING_EDGE, OPEN_END, OUTPUT_HAS_SEVERAL_EDGES } from '../codes';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** Edges join existing nodes through real outputs; every output has exactly one edge. */
export function edgesRule({ journey, graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const e of journey.edges) {
    const source = graph.nodes.get(e.source);
    const target = graph.nodes.get(e.target);
    if (!source) {
      problems.push(error(DANGLING_EDGE, 'A path starts at a step that no longer exists'));
    } else if (!nodeOutputs(source).some((o) => o.id === e.sourceHandle)) {
      const msg = 'A path leaves from an output this step does not have; delete that path';
      problems.push(error(DANGLING_EDGE, msg, source.id, e.sourceHandle));
    }
    if (!target) {
      const msg = 'A path leads to a step that no longer exists; delete that path';
      problems.push(error(DANGLING_EDGE, msg, source?.id));
    } else if (!acceptsInput(target)) {
      problems.push(
        error(DANGLING_EDGE, 'A path leads into this step, which takes no input', target.id),
      );
    }
  }
  for (const node of graph.nodes.values()) {
    const edges = graph.outgoing.get(node.id) ?? [];
    const outputs = nodeOutputs(node);
    for (const output of outputs) {
      const count = edges.filter((e) => e.sourceHandle === output.id).length;
      if (count === 0) {
        // A step with one output has no path name worth showing ("Next" is internal, issue 19).
        const msg =
          outputs.length === 1
            ? 'Nothing follows this step; add a step or end it with an Exit'
            : `Path "${output.label}" leads nowhere; connect it or end it with an Exit`;
        problems.push(error(OPEN_END, msg, node.id, output.id));
      } else if (count > 1) {
        const msg = `Path "${output.label}" has ${count} connections; keep one`;
        problems.push(error(OUTPUT_HAS_SEVERAL_EDGES, msg, node.id, output.id));
      }
    }
  }
  return problems;
}
