import { addressesIssue } from '../../catalog/addresses';
import type { ContentAsset } from '../../model';
import { INVALID_CONTENT_ADDRESS } from '../codes';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/**
 * Why an email's From is refused (issue #19: "not an address@@" was published), naming the
 * email and the field; the content editor shows the same words under the field.
 */
export function contentFromIssue(asset: Pick<ContentAsset, 'kind' | 'name' | 'from'>) {
  if (asset.kind !== 'email' || asset.from.trim() === '') return undefined;
  return addressesIssue(asset.from, `Email "${asset.name}" From`);
}

/** Every email's From is an address (or Liquid); reported at the steps that send it, else on the content. */
export function contentAddressesRule({ journey, graph }: RuleInput): Problem[] {
  return journey.content.flatMap((asset) => {
    const message = contentFromIssue(asset);
    if (!message) return [];
    const senders = [...graph.nodes.values()].filter(
      (n) => n.type === 'action' && n.settings.params.contentId === asset.id,
    );
    return senders.length > 0
      ? senders.map((n) => error(INVALID_CONTENT_ADDRESS, message, n.id, 'params.contentId'))
      : [error(INVALID_CONTENT_ADDRESS, message, undefined, `content.${asset.id}.from`)];
  });
}
