import type { Audience } from '../model';

/**
 * What Publish says when another version of the journey is Live: publishing closes that version
 * to new entries (soft stop, seed 001) once this one goes Live — at once, or at its scheduled
 * start. The words after the first sentence are seed 002's "Close to new entries".
 */
export function replacementNote(
  live: { version: number },
  next: { version: number; audience: Audience },
  scheduled: boolean,
): string {
  const who = next.audience === 'account' ? 'accounts' : 'people';
  const when = scheduled ? ` when version ${next.version} starts` : '';
  return (
    `Version ${live.version} is Live. Publishing version ${next.version} closes version ` +
    `${live.version} to new entries${when}: ${who} that are currently in it continue their ` +
    'path in that version and no further journey entrance can happen.'
  );
}
