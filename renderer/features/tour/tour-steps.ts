/** One stop of the guided tour: where it points and what it says. */
export interface TourStep {
  id: 'library' | 'canvas' | 'inspector' | 'simulator';
  title: string;
  text: string;
  /** The screen the step needs. */
  screen: 'library' | 'journey';
  /** What to highlight on that screen. */
  selector: string;
}

/** The four stops of the first-run tour, in order. */
export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'library',
    title: 'Your journeys',
    text: 'The library lists every journey with its status and version. Create journey starts blank or from a template — lead nurturing, onboarding, sales handoff, buying groups or API enrichment — each with a scenario ready to simulate.',
    screen: 'library',
    selector: '.page-header .primary',
  },
  {
    id: 'canvas',
    title: 'The journey map',
    text: 'Draw the journey here: drag nodes from the palette or press “+” on a path. Everything saves on its own; Ctrl+Z undoes, and ? lists the shortcuts.',
    screen: 'journey',
    selector: '.canvas',
  },
  {
    id: 'inspector',
    title: 'The inspector',
    text: 'Select a node to edit it on the right: name, settings and, for action steps, “Apply to which contacts”. Problems show as badges on the node and in the Problems list.',
    screen: 'journey',
    selector: '.inspector',
  },
  {
    id: 'simulator',
    title: 'Simulate and present',
    text: 'Simulate runs a scenario on a virtual clock — nothing is ever sent. Counts appear on the map, the replay scrubs through the days, Report prints the results, and Present opens the walkthrough for a demo.',
    screen: 'journey',
    selector: '.sim-toggle, #simulation-panel',
  },
];
