import { commands, withActionSettings } from '../../../shared/graph';
import type { JourneyNode, Workspace } from '../../../shared/model';
import type { Problem } from '../../../shared/validation';
import { useEditorStore } from '../../stores/editor-store';
import { NODE_META } from '../editor/node-meta';
import { GateConditionPreview } from '../custom-actions/GateConditionPreview';
import type { ActionView, ModuleDescriptor } from '../../../shared/custom-actions';
import { stepFunction, useCustomActionsStore } from '../custom-actions/custom-actions-store';
import { schemaFields } from '../custom-actions/json-schema-fields';
import { problemsByField } from '../action-form/field-errors';
import { fieldProblem, unplacedProblems } from './inline-fields';
import { ActionSettingsPanel } from './ActionSettingsPanel';
import { NameField } from './fields';
import {
  EntrySettings,
  ExitSettings,
  GateSettings,
  GotoSettings,
  WaitForEventSettings,
  WaitSettings,
} from './FlowSettings';
import { PathsEditor } from './PathsEditor';

const NO_NODES: JourneyNode[] = [];

interface SettingsProps {
  node: JourneyNode;
  workspace: Workspace | null;
  problems: readonly Problem[];
  onChange: (n: JourneyNode) => void;
}

function NodeSettings({ node, workspace, problems, onChange }: SettingsProps) {
  const errors = problemsByField(problems, node.id);
  const mine = problems.filter((p) => p.nodeId === node.id);
  const journey = useEditorStore((s) => s.journey);
  const body = useEditorStore((s) => s.body);
  const nodes = body?.nodes ?? NO_NODES;
  const readOnly = useEditorStore((s) => s.readOnly);
  const execute = useEditorStore((s) => s.execute);
  const customActions = useCustomActionsStore((s) => s.actions);
  const customActionName = (ref: string) => customActions.find((a) => a.id === ref)?.name;
  switch (node.type) {
    case 'entry':
      return (
        <EntrySettings
          node={node}
          audience={journey?.audience ?? 'account'}
          workspace={workspace}
          errors={errors}
          onChange={onChange}
        />
      );
    case 'action':
      return journey ? (
        <ActionSettingsPanel
          node={node}
          journey={journey}
          workspace={workspace}
          readOnly={readOnly}
          problems={problems}
          onChange={(settings) => onChange(withActionSettings(node, settings, customActionName))}
        />
      ) : null;
    case 'wait':
      return (
        <WaitSettings
          node={node}
          amountError={fieldProblem(mine, { exact: 'duration.amount' })?.message}
          onChange={onChange}
        />
      );
    case 'waitForEvent':
      return (
        <WaitForEventSettings
          node={node}
          workspace={workspace}
          errors={errors}
          amountError={fieldProblem(mine, { exact: 'timeout.amount' })?.message}
          onChange={onChange}
        />
      );
    case 'split':
      return (
        <>
          <label>
            Split by
            <select
              value={node.settings.splitBy}
              onChange={(e) =>
                execute(
                  commands.setSplitBy(
                    {
                      ...node,
                      settings: {
                        ...node.settings,
                        splitBy: e.target.value as 'accounts' | 'people',
                      },
                    },
                    journey?.audience ?? 'account',
                  ),
                )
              }
            >
              <option value="accounts">Accounts</option>
              <option value="people">People</option>
            </select>
          </label>
          <PathsEditor node={node} workspace={workspace} problems={problems} />
        </>
      );
    case 'randomSplit':
      return <PathsEditor node={node} workspace={workspace} problems={problems} />;
    case 'gate':
      return (
        <>
          <GateSettings node={node} errors={errors} onChange={onChange} />
          {journey && body && workspace && (
            <GateConditionPreview
              node={node}
              journey={{ ...journey, ...body }}
              workspace={workspace}
            />
          )}
        </>
      );
    case 'goto':
      return (
        <GotoSettings
          node={node}
          doc={body ?? { nodes, edges: [] }}
          errors={errors}
          onChange={onChange}
        />
      );
    case 'exit':
      return <ExitSettings node={node} onChange={onChange} />;
    case 'merge':
      return <p className="muted">Paths that lead here continue as one.</p>;
  }
}

/** The inputs a custom Action step's form shows: its function's, once the function is known. */
function inputFieldsOf(
  node: JourneyNode,
  modules: readonly ModuleDescriptor[],
  actions: readonly ActionView[],
): string[] | undefined {
  if (node.type !== 'action' || node.settings.actionId !== 'custom-action') return undefined;
  const { fn } = stepFunction(modules, actions, node.settings.params);
  return fn ? schemaFields(fn.input).map((f) => f.name) : undefined;
}

/** The panel on the right: the selected node's name, settings and problems. */
export function InspectorPanel({
  workspace,
  problems,
}: {
  workspace: Workspace | null;
  problems: readonly Problem[];
}) {
  const node = useEditorStore((s) =>
    s.selection.length === 1 ? s.body?.nodes.find((n) => n.id === s.selection[0]) : undefined,
  );
  const count = useEditorStore((s) => s.selection.length);
  const readOnly = useEditorStore((s) => s.readOnly);
  const execute = useEditorStore((s) => s.execute);
  const journey = useEditorStore((s) => s.journey);
  const { modules, actions } = useCustomActionsStore();
  if (!node) {
    return (
      <aside className="inspector" aria-label="Inspector">
        <p className="muted">
          {count > 1 ? `${count} nodes selected.` : 'Select a node to see its settings.'}
        </p>
      </aside>
    );
  }
  const mine = unplacedProblems(node, problems, {
    audience: journey?.audience ?? 'account',
    inputFields: inputFieldsOf(node, modules, actions),
  });
  const onChange = (next: JourneyNode, field = 'settings') =>
    execute(commands.updateNode(next, field));
  return (
    <aside className="inspector" aria-label="Inspector">
      <h2>
        <span aria-hidden>{NODE_META[node.type].icon}</span> {NODE_META[node.type].label}
      </h2>
      <fieldset className="form" disabled={readOnly} key={node.id}>
        <NameField
          label="Name"
          value={node.name}
          onCommit={(name) => onChange({ ...node, name }, 'name')}
        />
        <NodeSettings node={node} workspace={workspace} problems={problems} onChange={onChange} />
      </fieldset>
      {mine.length > 0 && (
        <ul className="node-problems" aria-label="Problems of this node">
          {mine.map((p, i) => (
            <li key={i} className={`problem-${p.severity}`}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
