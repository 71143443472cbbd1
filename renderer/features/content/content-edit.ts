import type { EditorCommand } from '../../../shared/graph';
import { newId, type ContentAsset } from '../../../shared/model';

const BASE_NAME: Record<ContentAsset['kind'], string> = { email: 'New email', sms: 'New SMS' };

/** A new email or SMS with a name no other asset of the journey has. */
export function createAsset(
  kind: ContentAsset['kind'],
  existing: readonly ContentAsset[],
): ContentAsset {
  const names = new Set(existing.map((a) => a.name));
  let name = BASE_NAME[kind];
  for (let n = 2; names.has(name); n++) name = `${BASE_NAME[kind]} ${n}`;
  const body = kind === 'email' ? 'Hi {{ person.firstName }},\n\n' : 'Hi {{ person.firstName }}, ';
  return { id: newId(), kind, name, subject: '', from: '', body };
}

/** The content list with this asset added, or replacing the one with its id. */
export function upsertAsset(content: readonly ContentAsset[], asset: ContentAsset): ContentAsset[] {
  const at = content.findIndex((a) => a.id === asset.id);
  return at === -1 ? [...content, asset] : content.map((a, i) => (i === at ? asset : a));
}

/** An undoable edit of one content asset; typing in one field merges into one undo step. */
export function editAssetCommand(asset: ContentAsset, field: string): EditorCommand {
  return {
    label: `Edit ${asset.name}`,
    mergeKey: `content:${asset.id}:${field}`,
    apply: (doc) => ({ ...doc, content: upsertAsset(doc.content, asset) }),
  };
}
