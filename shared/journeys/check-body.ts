import { parseParams } from '../catalog';
import { AppError } from '../errors';
import type { JourneyBody } from '../model';

/**
 * Checks every action's parameters against the catalog before a save. A value that breaks a
 * constraint is refused naming node and field; missing values pass (drafts save incomplete).
 * Returns the body with unknown parameter keys dropped.
 */
export function checkBodyParams(body: JourneyBody): JourneyBody {
  const nodes = body.nodes.map((node, index) => {
    if (node.type !== 'action') return node;
    const result = parseParams(node.settings.actionId, node.settings.params);
    if (!result.success) {
      const issue = result.issues[0];
      const at = issue.field === 'actionId' ? 'actionId' : `params.${issue.field}`;
      throw new AppError(
        'invalid_input',
        `"${node.name}": ${issue.message}`,
        `body.nodes.${index}.settings.${at}`,
      );
    }
    return { ...node, settings: { ...node.settings, params: result.data } };
  });
  return { ...body, nodes };
}
