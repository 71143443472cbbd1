import type { AccountList, ContentAsset, JourneySummary, Workspace } from '../model';
import { journeyRefProblem, type JourneyRefUse } from './journey-refs';
import type { OptionSource, ParamField } from './types';

/** A custom Action (seed 003) as the catalog needs it; `functions` when known. */
export interface CustomActionRef {
  id: string;
  name: string;
  functions?: readonly string[];
  /** Each function's input as JSON Schema (publish checks literal inputs against it), when known. */
  inputSchemas?: Readonly<Record<string, Record<string, unknown>>>;
}

/** One option of a select; a disabled option is shown but may not be chosen. */
export interface RefOption {
  value: string;
  label: string;
  disabledReason?: string;
}

/** What option lists are computed from. */
export interface OptionContext {
  workspace: Workspace;
  /** The journey being edited (its content assets, its lineage for self-references). */
  journey: { lineageId: string; content: readonly ContentAsset[] };
  journeys?: readonly JourneySummary[];
  customActions?: readonly CustomActionRef[];
}

/** Why an account list cannot be used now ("not live"), in the words every picker and Problem uses. */
export function accountListNotLive(list: Pick<AccountList, 'status'>): string | undefined {
  return list.status !== 'live' ? 'not live' : undefined;
}

/**
 * Why a name the workspace does not list (a list deleted since, or a bundle from another
 * workspace) cannot be used, in the words the Entry's picker and its Problem share.
 */
export const NOT_IN_WORKSPACE = 'not in this workspace';

const named = (items: readonly { id: string; name: string }[]): RefOption[] =>
  items.map((i) => ({ value: i.id, label: i.name }));
const strings = (items: readonly string[] | undefined): RefOption[] =>
  (items ?? []).map((s) => ({ value: s, label: s }));

function journeyOptions(
  ctx: OptionContext,
  audience: 'account' | 'people',
  use: JourneyRefUse,
): RefOption[] {
  const all = ctx.journeys ?? [];
  const lineages = [...new Set(all.filter((j) => j.audience === audience).map((j) => j.lineageId))];
  return lineages.map((lineageId) => {
    const reason = journeyRefProblem({
      ref: lineageId,
      use,
      audience,
      selfLineageId: ctx.journey.lineageId,
      journeys: all,
    });
    const label = all.find((j) => j.lineageId === lineageId)?.name ?? lineageId;
    return reason
      ? { value: lineageId, label, disabledReason: reason.message }
      : { value: lineageId, label };
  });
}

function sourceOptions(field: ParamField, parent: string, ctx: OptionContext): RefOption[] {
  const source = field.options as OptionSource;
  const use = field.journeyUse ?? 'enter';
  const ws = ctx.workspace;
  const interest = ws.solutionInterests.find((s) => s.id === parent);
  const marketo = ws.marketoWorkspaces.find((m) => m.id === parent);
  switch (source) {
    case 'accountAttributes':
    case 'personAttributes':
      return ws[source].map((a) => ({ value: a.key, label: a.label }));
    case 'accountLists':
      return ws.accountLists.map((l) => {
        const reason = l.kind !== 'static' ? 'not a static list' : accountListNotLive(l);
        return reason
          ? { value: l.id, label: l.name, disabledReason: reason }
          : { value: l.id, label: l.name };
      });
    case 'externalAudiences':
    case 'solutionInterests':
    case 'marketoWorkspaces':
      return named(ws[source]);
    case 'solutionInterest.roles':
      return strings(interest?.roles);
    case 'solutionInterest.stages':
      return strings(interest?.stages);
    case 'marketoWorkspace.lists':
      return named(marketo?.lists ?? []);
    case 'marketoWorkspace.requestCampaigns':
      return named(marketo?.requestCampaigns ?? []);
    case 'marketoWorkspace.emails':
      return named(marketo?.emails ?? []);
    case 'marketoWorkspace.partitions':
      return named(marketo?.partitions ?? []);
    case 'tags':
    case 'groups':
    case 'crmTaskTypes':
    case 'scoreNames':
      return strings(ws[source]);
    case 'journeys.account':
      return journeyOptions(ctx, 'account', use);
    case 'journeys.people':
      return journeyOptions(ctx, 'people', use);
    case 'content.email':
    case 'content.sms': {
      const kind = source === 'content.email' ? 'email' : 'sms';
      return named(ctx.journey.content.filter((c) => c.kind === kind));
    }
    case 'customActions':
      return named(ctx.customActions ?? []);
    case 'customAction.functions':
      return strings(ctx.customActions?.find((a) => a.id === parent)?.functions);
  }
}

/** The options a select field offers given the other values, or undefined for non-select fields. */
export function optionsFor(
  field: ParamField,
  params: Record<string, unknown>,
  ctx: OptionContext,
): RefOption[] | undefined {
  if (field.choices) return strings(field.choices);
  if (!field.options) return undefined;
  const parent = field.dependsOn ? params[field.dependsOn] : undefined;
  return sourceOptions(field, typeof parent === 'string' ? parent : '', ctx);
}
