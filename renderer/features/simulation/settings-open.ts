import { useReducer } from 'react';

/** Whether "Scenario settings" is unfolded, with the inputs it was last adjusted to. */
export interface SettingsOpen {
  open: boolean;
  result: unknown;
  refused: boolean;
}

export type SettingsEvent =
  { type: 'toggle'; open: boolean } | { type: 'inputs'; result: unknown; refused: boolean };

/**
 * A field that starts refusing its value unfolds the settings; a new result folds them, unless a
 * field still refuses. A refusal that clears (an import fixing the CSV) leaves them as they are,
 * so they never fold under the person still working in them.
 */
export function settingsOpenReducer(s: SettingsOpen, e: SettingsEvent): SettingsOpen {
  if (e.type === 'toggle') return s.open === e.open ? s : { ...s, open: e.open };
  const newRefusal = e.refused && !s.refused;
  const newResult = e.result !== s.result && Boolean(e.result) && !e.refused;
  const open = newRefusal ? true : newResult ? false : s.open;
  return { open, result: e.result, refused: e.refused };
}

const initial = ({ result, refused }: { result: unknown; refused: boolean }): SettingsOpen => ({
  open: !result || refused,
  result,
  refused,
});

/** The settings' open state for the panel's current result and refusal, and the user's toggle. */
export function useSettingsOpen(result: unknown, refused: boolean) {
  const [state, dispatch] = useReducer(settingsOpenReducer, { result, refused }, initial);
  // Adjusted while rendering when the inputs move (React's "information from previous renders"),
  // so the fold follows the same render as the result, with no effect and no ref.
  if (state.result !== result || state.refused !== refused)
    dispatch({ type: 'inputs', result, refused });
  return { open: state.open, setOpen: (open: boolean) => dispatch({ type: 'toggle', open }) };
}
