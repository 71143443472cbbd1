import { create } from 'zustand';

/**
 * Whether the journey's first view left no room for the mini map beside the cards (it would cover
 * some): then it steps aside for this visit until the user shows it again. Session state, never
 * remembered, unlike the user's own Hide mini map.
 */
export const useMiniMapCrowded = create<{ crowded: boolean }>()(() => ({ crowded: false }));

/** Marks the mini map as crowded out (or not) by the first view of the open journey. */
export function setMiniMapCrowded(crowded: boolean): void {
  useMiniMapCrowded.setState({ crowded });
}
