/** The editor's keyboard shortcuts, as the help dialog lists them (Cmd on macOS for Ctrl). */
export const SHORTCUTS: readonly { keys: string; what: string }[] = [
  {
    keys: 'Tab / Shift+Tab',
    what: 'Move between nodes and "+" buttons in flow order; the selected step\'s settings come right after it',
  },
  { keys: 'Enter on "+"', what: 'Open the node menu; arrow keys and Enter choose' },
  {
    keys: 'Enter / Space on a node',
    what: 'Select it (Enter also opens its settings on the right); Tab only moves focus, and the first key that acts on a focused node (Ctrl+C, Ctrl+D, Delete) selects it',
  },
  { keys: 'Shift+click, Shift+drag', what: 'Add to the selection, box-select' },
  { keys: 'Ctrl+A', what: 'Select all nodes' },
  {
    keys: 'Arrow keys on a node',
    what: 'Move focus to a connected node: Down the next step, Up the previous step, Left / Right the neighbouring path. Arrows never move nodes; drag a node with the mouse to move it',
  },
  { keys: 'Delete / Backspace', what: 'Delete the selection and reconnect the path' },
  { keys: 'Ctrl+C / Ctrl+X / Ctrl+V', what: 'Copy, cut, paste (also into another journey)' },
  { keys: 'Ctrl+D', what: 'Duplicate the selection' },
  { keys: 'Ctrl+Z', what: 'Undo' },
  { keys: 'Ctrl+Shift+Z / Ctrl+Y', what: 'Redo' },
  { keys: 'Shift+1', what: 'Zoom to fit' },
  {
    keys: 'Escape',
    what: 'In the side panel: back to the step being edited. On the map: close a menu, clear the selection',
  },
  { keys: '?', what: 'Show these shortcuts' },
];
