/** The presentation mode's keys, as its key handler reads them (PresentationView). */
export const PRESENTATION_KEYS: readonly { keys: string; what: string }[] = [
  { keys: '→ / ↓ / Page Down / Space', what: 'Next step of the walkthrough' },
  { keys: '← / ↑ / Page Up', what: 'Previous step' },
  { keys: 'Home', what: 'Back to the overview' },
  { keys: 'End', what: 'Last step' },
  { keys: 'Escape', what: 'Leave full screen, then leave the presentation' },
];
