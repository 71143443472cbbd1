import type { Workspace } from '../../model';
import {
  DATA_KEY_USED_BEFORE_SET,
  LIQUID_SYNTAX,
  UNKNOWN_DATA_KEY,
  UNKNOWN_VARIABLE,
} from '../codes';
import { fieldLabel } from '../field-label';
import { quoted, type JourneyGraph } from '../graph';
import { error, type Problem } from '../problem';
import type { TemplateUse } from '../templates';
import { dataKeyFlow, type DataKeyFlow } from '../variables';
import type { RuleInput } from './rule';

interface Site {
  nodeId?: string;
  field: string;
  /** The field's label, so messages never show internal paths. */
  label: string;
}

/** A content asset's template is checked at every step that sends it (that is where it renders). */
function sitesOf(t: TemplateUse, input: RuleInput): Site[] {
  const label = fieldLabel(input.journey, t.nodeId, t.field);
  if (t.nodeId !== undefined) return [{ nodeId: t.nodeId, field: t.field, label }];
  const assetId = /^content\.(.+)\.(?:subject|body)$/.exec(t.field)?.[1];
  const senders = [...input.graph.nodes.values()].filter(
    (n) => n.type === 'action' && assetId !== undefined && n.settings.params.contentId === assetId,
  );
  // At a sending step the problem belongs to its content field, where the person picks and edits it.
  return senders.length > 0
    ? senders.map((n) => ({ nodeId: n.id, field: 'params.contentId', label }))
    : [{ field: t.field, label }];
}

function attributeProblem(path: string[], workspace: Workspace, site: Site): Problem | null {
  const [root, attr] = path;
  const attrs = root === 'person' ? workspace.personAttributes : workspace.accountAttributes;
  if (attr === undefined || attrs.some((a) => a.key === attr)) return null;
  const what = root === 'person' ? 'a person' : 'an account';
  return error(
    UNKNOWN_VARIABLE,
    `${site.label}: {{${root}.${attr}}} is not ${what} attribute of this workspace`,
    site.nodeId,
    site.field,
  );
}

function dataKeyProblem(
  key: string,
  flow: DataKeyFlow,
  graph: JourneyGraph,
  site: Site,
): Problem | null {
  const setters = flow.setters.get(key);
  if (!setters) {
    return error(
      UNKNOWN_DATA_KEY,
      `${site.label}: {{journey.${key}}} refers to a Data Key no Action step sets`,
      site.nodeId,
      site.field,
    );
  }
  // Unreachable nodes are reported by reachability; at a content asset nobody sends, only existence matters.
  if (site.nodeId === undefined || !flow.reachable.has(site.nodeId)) return null;
  if (flow.must.get(site.nodeId)?.has(key)) return null;
  const setter = graph.nodes.get(setters[0]);
  const by = setter ? ` (set by ${quoted(setter)})` : '';
  const message = flow.may.get(site.nodeId)?.has(key)
    ? `${site.label}: {{journey.${key}}} is set on only some paths to this step${by}; on the others it is empty`
    : `${site.label}: {{journey.${key}}} is read before the Action step that sets it${by}`;
  return error(DATA_KEY_USED_BEFORE_SET, message, site.nodeId, site.field);
}

function variableProblem(
  path: string[],
  input: RuleInput,
  flow: DataKeyFlow,
  site: Site,
): Problem | null {
  const [root] = path;
  if (root === 'person' || root === 'account') return attributeProblem(path, input.workspace, site);
  if (root === 'journey')
    return path.length > 1 ? dataKeyProblem(path[1], flow, input.graph, site) : null;
  const message = `${site.label}: unknown variable {{${path.join('.')}}}; use person.<attribute>, account.<attribute> or journey.<Data Key>`;
  return error(UNKNOWN_VARIABLE, message, site.nodeId, site.field);
}

/**
 * Templates parse (strict liquidjs) and read only variables in scope at their node: workspace
 * attributes, and Data Keys set on every path before it.
 */
export function liquidRule(input: RuleInput): Problem[] {
  const problems = new Map<string, Problem>();
  const flow = dataKeyFlow(input.graph);
  const add = (p: Problem | null) => {
    if (p) problems.set(`${p.nodeId ?? ''}|${p.field ?? ''}|${p.code}|${p.message}`, p);
  };
  for (const t of input.templates) {
    const sites = sitesOf(t, input);
    if (!t.analysis.ok) {
      const message = t.analysis.message;
      for (const site of sites)
        add(
          error(
            LIQUID_SYNTAX,
            `${site.label}: invalid Liquid (${message})`,
            site.nodeId,
            site.field,
          ),
        );
      continue;
    }
    for (const site of sites) {
      for (const path of t.analysis.variables) add(variableProblem(path, input, flow, site));
    }
  }
  return [...problems.values()];
}
