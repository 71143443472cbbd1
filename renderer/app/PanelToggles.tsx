import { useLayoutStore } from '../stores/layout-store';

/** Buttons at the canvas edges that collapse the node palette and the side panel (remembered per user). */
export function PanelToggles({ palette }: { palette: boolean }) {
  const { paletteCollapsed, sidePanelCollapsed, toggle } = useLayoutStore();
  return (
    <>
      {palette && (
        <button
          type="button"
          className="panel-toggle panel-toggle-left"
          aria-expanded={!paletteCollapsed}
          aria-label={paletteCollapsed ? 'Show node palette' : 'Hide node palette'}
          title={paletteCollapsed ? 'Show node palette' : 'Hide node palette'}
          onClick={() => toggle('paletteCollapsed')}
        >
          {paletteCollapsed ? '›' : '‹'}
        </button>
      )}
      <button
        type="button"
        className="panel-toggle panel-toggle-right"
        aria-expanded={!sidePanelCollapsed}
        aria-label={sidePanelCollapsed ? 'Show side panel' : 'Hide side panel'}
        title={sidePanelCollapsed ? 'Show side panel' : 'Hide side panel'}
        onClick={() => toggle('sidePanelCollapsed')}
      >
        {sidePanelCollapsed ? '‹' : '›'}
      </button>
    </>
  );
}

/** Class names of the editor body for the collapsed panels. */
export function usePanelClasses(): string {
  const { paletteCollapsed, sidePanelCollapsed } = useLayoutStore();
  return `${paletteCollapsed ? ' palette-collapsed' : ''}${sidePanelCollapsed ? ' side-collapsed' : ''}`;
}
