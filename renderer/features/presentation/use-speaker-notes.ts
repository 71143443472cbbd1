import { useCallback, useEffect, useRef, useState } from 'react';
import type { SpeakerNotes } from '../../../shared/contract/presentation';
import { api } from '../../api/client';

/** A journey's speaker notes: loaded once, edited in memory, saved on demand (only when changed). */
export function useSpeakerNotes(journeyId: string) {
  const [notes, setNotes] = useState<SpeakerNotes>({});
  const [status, setStatus] = useState<string | null>(null);
  const dirty = useRef(false);
  const latest = useRef<SpeakerNotes>({});

  useEffect(() => {
    let live = true;
    api.call('presentation.get', { journeyId }).then(
      (r) => {
        if (!live) return;
        latest.current = r.notes;
        setNotes(r.notes);
      },
      (e: Error) => live && setStatus(e.message),
    );
    return () => {
      live = false;
    };
  }, [journeyId]);

  const edit = useCallback((nodeId: string, text: string) => {
    dirty.current = true;
    latest.current = { ...latest.current, [nodeId]: text };
    setNotes(latest.current);
  }, []);

  const save = useCallback(async () => {
    if (!dirty.current) return;
    dirty.current = false;
    try {
      await api.call('presentation.save', { journeyId, notes: latest.current });
      setStatus('Notes saved');
    } catch (e) {
      dirty.current = true;
      setStatus((e as Error).message);
    }
  }, [journeyId]);

  return { notes, edit, save, status };
}
