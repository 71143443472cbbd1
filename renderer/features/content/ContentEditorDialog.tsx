import type { ContentAsset, Workspace } from '../../../shared/model';
import { Modal } from '../../components/Modal';
import { ContentEditor } from './ContentEditor';
import type { AssetField } from './use-asset-drafts';

interface Props {
  asset: ContentAsset;
  workspace: Workspace;
  readOnly: boolean;
  onChange: (asset: ContentAsset, field: AssetField) => void;
  onClose: () => void;
}

/** The email/SMS editor in a wide dialog; changes apply as you type (and undo like any edit). */
export function ContentEditorDialog({ asset, workspace, readOnly, onChange, onClose }: Props) {
  const title = `${readOnly ? 'View' : 'Edit'} ${asset.kind === 'email' ? 'email' : 'SMS'}`;
  return (
    <Modal title={title} onClose={onClose}>
      <ContentEditor asset={asset} workspace={workspace} readOnly={readOnly} onChange={onChange} />
      <div className="actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}
