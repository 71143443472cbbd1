import { useEffect, useState } from 'react';
import type { TemplateMeta } from '../../../shared/templates/types';
import { api } from '../../api/client';

/** The template gallery's entries, loaded once per mount; an error leaves the gallery empty with a message. */
export function useTemplates(): { templates: TemplateMeta[]; error: string | null } {
  const [templates, setTemplates] = useState<TemplateMeta[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('templates.list', {}).then(
      (list) => live && setTemplates(list),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, []);
  return { templates, error };
}
