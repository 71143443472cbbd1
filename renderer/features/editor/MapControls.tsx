import { ControlButton, Controls, MiniMap } from '@xyflow/react';
import type { RefObject } from 'react';
import { useSmallerThan } from '../../components/use-smaller-than';
import { useLayoutStore } from '../../stores/layout-store';
import { useZoomToFit } from './canvas-view';
import {
  MIN_MAP_FOR_MINIMAP,
  MINIMAP_SIZE,
  setMiniMapCrowded,
  useMiniMapCrowded,
} from './minimap-room';

/**
 * The map's corner controls: zoom, fit (clear of the mini map, as the toolbar's Zoom to fit) and
 * the mini map with its Hide/Show button (remembered like the other layout choices). On a small
 * map, or beside a journey too wide for the room it leaves (`minimap-room.ts`), the mini map steps
 * aside by itself; in the second case Show mini map brings it back.
 */
export function MapControls({ canvas }: { canvas: RefObject<HTMLElement | null> }) {
  const hidden = useLayoutStore((s) => s.miniMapHidden);
  const small = useSmallerThan(canvas, MIN_MAP_FOR_MINIMAP);
  const zoomToFit = useZoomToFit();
  const crowded = useMiniMapCrowded((s) => s.crowded);
  const shown = !hidden && !small && !crowded;
  const toggleLabel = shown ? 'Hide mini map' : 'Show mini map';
  return (
    <>
      {shown && <MiniMap pannable zoomable ariaLabel="Mini map" style={MINIMAP_SIZE} />}
      <Controls showInteractive={false} showFitView={false}>
        <ControlButton
          onClick={() => zoomToFit()}
          aria-label="Fit the journey in view"
          title="Fit the journey in view (Shift+1)"
        >
          <svg viewBox="0 0 16 16" aria-hidden>
            <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" />
          </svg>
        </ControlButton>
        <ControlButton
          onClick={() => {
            if (shown || hidden) useLayoutStore.getState().toggle('miniMapHidden');
            setMiniMapCrowded(false);
          }}
          aria-label={toggleLabel}
          disabled={small}
          title={
            small
              ? 'Too little room for the mini map: widen the window or collapse a panel'
              : toggleLabel
          }
        >
          <svg viewBox="0 0 16 16" aria-hidden>
            <rect x="1.5" y="3.5" width="13" height="9" fill="none" stroke="currentColor" />
            {shown && <rect x="8" y="8" width="5" height="3" fill="currentColor" />}
          </svg>
        </ControlButton>
      </Controls>
    </>
  );
}
