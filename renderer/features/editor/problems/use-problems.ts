import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { JourneySummary, Workspace } from '../../../../shared/model';
import type { CustomActionRef } from '../../../../shared/catalog';
import { validateJourney, type Problem } from '../../../../shared/validation';
import { api } from '../../../api/client';
import { useEditorStore } from '../../../stores/editor-store';
import { useWorkspaceStore } from '../../settings/workspace-store';

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
  const [customActions, setCustomActions] = useState<CustomActionRef[]>([]);
  useEffect(() => {
    let live = true;
    useWorkspaceStore.getState().load().catch(() => undefined);
    api.call('journeys.list', {}).then((j) => live && setJourneys(j), () => undefined);
    api.call('actions.list', {}).then(
      (list) => live && setCustomActions(list.map((a) => ({ id: a.id, name: a.name, functions: a.functions }))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return { workspace, journeys, customActions };
}

/** The journey's problems, re-validated as the working copy changes (deferred, so typing stays fluid). */
export function useProblems({ workspace, journeys, customActions }: ValidationInputs): Problem[] {
  const journey = useEditorStore((s) => s.journey);
  const body = useDeferredValue(useEditorStore((s) => s.body));
  return useMemo(() => {
    if (!journey || !body || !workspace) return NONE;
    return validateJourney({ ...journey, ...body }, workspace, { journeys, customActions });
  }, [journey, body, workspace, journeys, customActions]);
}
