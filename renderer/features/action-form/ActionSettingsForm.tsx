import './action-form.css';
import { useMemo } from 'react';
import { getAction } from '../../../shared/catalog';
import type {
  ActionSettings,
  ContentAsset,
  Journey,
  JourneySummary,
  NodeOf,
  Workspace,
} from '../../../shared/model';
import { peopleSplitRegions, validateJourney, type Problem } from '../../../shared/validation';
import { CustomActionStepFields } from '../custom-actions/CustomActionStepFields';
import { ActionSelect } from './ActionSelect';
import { CriteriaBuilder } from './CriteriaBuilder';
import { problemsByField, warningFields } from './field-errors';
import { ParamForm, type DraftStore } from './ParamForm';
import { ScopeChoice } from './ScopeChoice';
import { chooseAction, chooseScope, effectiveScope } from './settings-edit';

export interface ActionSettingsFormProps {
  node: NodeOf<'action'>;
  /** The journey with its working body (nodes, content). */
  journey: Journey;
  workspace: Workspace;
  readOnly: boolean;
  onChange: (settings: ActionSettings) => void;
  /** Authored emails and SMS; without it they can be viewed but not created. */
  onContentChange?: (asset: ContentAsset, field?: string) => void;
  /** Library summaries for journey references. */
  journeys: readonly JourneySummary[];
  /** Problems of the journey (the editor's list, so field and Problems list agree); computed here when not given. */
  problems?: readonly Problem[];
  /** Where refused values of this node's fields are kept. */
  drafts: DraftStore;
}

/** Settings and Apply to which contacts of a Take an action step, generated from the catalog. */
export function ActionSettingsForm(props: ActionSettingsFormProps) {
  const { node, journey, workspace, readOnly, onChange, journeys } = props;
  const settings = node.settings;
  const computed = useMemo(
    () => props.problems ?? validateJourney(journey, workspace, { journeys }),
    [props.problems, journey, workspace, journeys],
  );
  const errors = problemsByField(computed, node.id);
  // Paths of a split by people hold only people actions (issue 17): Accounts is not offered there.
  const inPeoplePath = useMemo(
    () => peopleSplitRegions(journey).some((r) => r.nodeIds.has(node.id) || r.reached.has(node.id)),
    [journey, node.id],
  );
  const scope = effectiveScope(journey.audience, settings);
  const action = settings.actionId ? getAction(settings.actionId) : undefined;
  const env = { workspace, journey, readOnly, onContentChange: props.onContentChange };

  return (
    <div className="action-form">
      <section className="form-section" aria-labelledby={`${node.id}-settings`}>
        <h3 id={`${node.id}-settings`}>Settings</h3>
        {journey.audience === 'account' && (
          <ScopeChoice
            scope={scope}
            readOnly={readOnly}
            error={errors.scope}
            accountsUnavailable={
              inPeoplePath && scope !== 'account'
                ? 'Accounts is not available on a path of a split by people: its paths hold only people actions.'
                : undefined
            }
            onChange={(s) => onChange(chooseScope(settings, s))}
          />
        )}
        <ActionSelect
          audience={journey.audience}
          scope={scope}
          actionId={settings.actionId}
          readOnly={readOnly}
          error={errors.actionId}
          onChange={(id) => onChange(chooseAction({ ...settings, scope }, id))}
        />
        {action?.id === 'custom-action' && (
          <CustomActionStepFields
            key={node.id}
            node={node}
            journey={journey}
            workspace={workspace}
            readOnly={readOnly}
            problems={computed}
            drafts={props.drafts}
            onChange={(params) => onChange({ ...settings, params })}
          />
        )}
        {action && action.id !== 'custom-action' && (
          <ParamForm
            // A fresh form per node and action, so refused drafts never leak between them.
            key={`${node.id}:${action.id}`}
            action={action}
            params={settings.params}
            env={env}
            journeys={journeys}
            errors={errors}
            warnings={warningFields(computed, node.id)}
            drafts={props.drafts}
            onChange={(params) => onChange({ ...settings, params })}
          />
        )}
      </section>
      {/* Seed 001: "Apply to which contacts" narrows the people an action reaches; on an account action it means nothing. */}
      {/* Seed 000: in account journeys a people action applies "to all people on the node path";
          a narrowing saved earlier stays shown, so it can be seen and removed. */}
      {scope === 'people' && journey.audience === 'account' && settings.applyTo.mode === 'all' && (
        <p className="muted help small">Applies to all people on the node path.</p>
      )}
      {scope !== 'account' &&
        (journey.audience !== 'account' || settings.applyTo.mode !== 'all') && (
          <section className="form-section">
            <CriteriaBuilder
              applyTo={settings.applyTo}
              audience={journey.audience}
              workspace={workspace}
              readOnly={readOnly}
              nodeId={node.id}
              problems={computed}
              onChange={(applyTo) => onChange({ ...settings, applyTo })}
            />
          </section>
        )}
    </div>
  );
}
