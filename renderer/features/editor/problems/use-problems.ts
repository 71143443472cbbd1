import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { JourneySummary, Workspace } from '../../../../shared/model';
import type { CustomActionRef } from '../../../../shared/catalog';
import { inProblemOrder, validateJourney, type Problem } from '../../../../shared/validation';
import { api } from '../../../api/client';
import { useEditorStore } from '../../../stores/editor-store';
import { useCustomActionsStore } from '../../custom-actions/custom-actions-store';
import { useWorkspaceStore } from '../../settings/workspace-store';
import { draftsOfBody, withPercentDrafts } from '../../../stores/field-drafts';
import { withDraftProblems } from '../../../../shared/lifecycle/draft-problems';

const NONE: Problem[] = [];

export interface ValidationInputs {
  workspace: Workspace | null;
  journeys: JourneySummary[];
  customActions: CustomActionRef[];
}

/**
 * Reference data validation needs. The workspace comes from the shared workspace store, so an
 * audience created from an action (or a Settings change) is known here at once.
 */
export function useValidationContext(): ValidationInputs {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const [journeys, setJourneys] = useState<JourneySummary[]>([]);
  const actions = useCustomActionsStore((s) => s.actions);
  const modules = useCustomActionsStore((s) => s.modules);
  useEffect(() => {
    let live = true;
    useWorkspaceStore
      .getState()
      .load()
      .catch(() => undefined);
    void useCustomActionsStore.getState().reload();
    api.call('journeys.list', {}).then(
      (j) => live && setJourneys(j),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  // The same references the core's publish check uses: functions and their input schemas.
  const customActions = useMemo<CustomActionRef[]>(
    () =>
      actions.map((a) => {
        const fns = modules.find((m) => m.id === a.module)?.functions ?? [];
        return {
          id: a.id,
          name: a.name,
          functions: a.functions,
          inputSchemas: Object.fromEntries(fns.map((f) => [f.name, f.input])),
        };
      }),
    [actions, modules],
  );
  return { workspace, journeys, customActions };
}

/** The journey's problems, re-validated as the working copy changes (deferred, so typing stays fluid). */
export function useProblems({ workspace, journeys, customActions }: ValidationInputs): Problem[] {
  const journey = useEditorStore((s) => s.journey);
  const body = useDeferredValue(useEditorStore((s) => s.body));
  const drafts = useEditorStore((s) => s.fieldDrafts);
  // Validated as shown: a Random split total counts the percents typed, even refused ones.
  const validated = useMemo(() => {
    if (!journey || !body || !workspace) return NONE;
    const shown = withPercentDrafts(body, drafts);
    return validateJourney({ ...journey, ...shown }, workspace, { journeys, customActions });
  }, [journey, body, drafts, workspace, journeys, customActions]);
  // Only drafts of nodes that exist: a deleted node's refused value is no problem of this journey.
  // Errors first, then warnings, each in flow order (as Publish and CLI validate list them).
  return useMemo(
    () =>
      body
        ? inProblemOrder(withDraftProblems(validated, draftsOfBody(drafts, body)), body)
        : validated,
    [validated, drafts, body],
  );
}
