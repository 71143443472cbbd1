import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { JourneySummary, Workspace } from '../../../../shared/model';
import { validateJourney, type Problem } from '../../../../shared/validation';
import { api } from '../../../api/client';
import { useEditorStore } from '../../../stores/editor-store';

const NONE: Problem[] = [];

/** Reference data validation needs; loaded once per editor. */
export function useValidationContext(): { workspace: Workspace | null; journeys: JourneySummary[] } {
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [journeys, setJourneys] = useState<JourneySummary[]>([]);
  useEffect(() => {
    let live = true;
    api.call('workspace.get', {}).then((w) => live && setWorkspace(w), () => undefined);
    api.call('journeys.list', {}).then((j) => live && setJourneys(j), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return { workspace, journeys };
}

/** The journey's problems, re-validated as the working copy changes (deferred, so typing stays fluid). */
export function useProblems(workspace: Workspace | null, journeys: JourneySummary[]): Problem[] {
  const journey = useEditorStore((s) => s.journey);
  const body = useDeferredValue(useEditorStore((s) => s.body));
  return useMemo(() => {
    if (!journey || !body || !workspace) return NONE;
    return validateJourney({ ...journey, ...body }, workspace, { journeys });
  }, [journey, body, workspace, journeys]);
}
