import type { ParamField, RefOption } from '../../../../shared/catalog';
import type { ContentAsset, Journey, Workspace } from '../../../../shared/model';

/** What every widget of the generated form may use besides its own value. */
export interface FormEnv {
  workspace: Workspace;
  journey: Journey;
  readOnly: boolean;
  /** Authored emails and SMS are journey content, not step settings. */
  onContentChange?: (asset: ContentAsset, field?: string) => void;
}

/** Props of one parameter's control. */
export interface WidgetProps {
  actionId: string;
  field: ParamField;
  /** The control's id; its label points at it. */
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Ids of the help text and the error, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
  /** For selects: the options, or undefined while the field it depends on is empty. */
  options: RefOption[] | undefined;
  /** Label of the field this one depends on, for "Select … first". */
  parentLabel?: string;
  env: FormEnv;
}
