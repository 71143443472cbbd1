import { useState } from 'react';
import { ContentAsset } from '../../../shared/model';

export type AssetField = 'name' | 'subject' | 'from' | 'body';

/**
 * Edits of one asset: a value the schema refuses (an empty name) stays in the box with its
 * message and is not sent, because the core would refuse the whole save.
 */
export function useAssetDrafts(
  asset: ContentAsset,
  onChange: (asset: ContentAsset, field: AssetField) => void,
) {
  const [drafts, setDrafts] = useState<
    Partial<Record<AssetField, { value: string; message: string }>>
  >({});
  const valueOf = (field: AssetField) => drafts[field]?.value ?? asset[field];
  const errorOf = (field: AssetField) => drafts[field]?.message;
  const change = (field: AssetField, value: string) => {
    const parsed = ContentAsset.shape[field].safeParse(value);
    if (!parsed.success) {
      setDrafts((d) => ({
        ...d,
        [field]: { value, message: parsed.error.issues[0]?.message ?? 'Invalid value' },
      }));
      return;
    }
    setDrafts(({ [field]: _dropped, ...rest }) => rest);
    onChange({ ...asset, [field]: value }, field);
  };
  return { valueOf, errorOf, change };
}
