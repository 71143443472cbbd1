import { useState } from 'react';
import { useFocusRescue } from '../components/focus-return';
import { useNarrowWindow } from '../components/use-narrow-window';
import { BundlesPage } from '../features/bundles/BundlesPage';
import { ActionsPage } from '../features/custom-actions/ActionsPage';
import { EditorPage } from '../features/editor/EditorPage';
import { HelpPage } from '../features/help/HelpPage';
import { HubPage } from '../features/hub/HubPage';
import { JourneysPage } from '../features/library/JourneysPage';
import { QuarantineBanner } from '../features/recovery/QuarantineBanner';
import { RemotesPage } from '../features/remotes/RemotesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { GuidedTour } from '../features/tour/GuidedTour';
import { useLayoutStore } from '../stores/layout-store';
import { DesktopCommands } from './desktop-commands';
import { hrefOf, useRoute, type Route } from './router';

const NAV: { label: string; icon: string; route: Route }[] = [
  { label: 'Journeys', icon: '⤳', route: { page: 'journeys' } },
  { label: 'Actions', icon: '⚡', route: { page: 'actions' } },
  { label: 'Bundles', icon: '▦', route: { page: 'bundles' } },
  { label: 'Remotes', icon: '⇅', route: { page: 'remotes' } },
  { label: 'Team hub', icon: '⛁', route: { page: 'hub' } },
  { label: 'Settings', icon: '⚙', route: { page: 'settings' } },
  { label: 'Help', icon: '?', route: { page: 'help' } },
];

function Screen({ route }: { route: Route }) {
  switch (route.page) {
    case 'journey':
      return <EditorPage key={route.id} id={route.id} />;
    case 'actions':
      return <ActionsPage />;
    case 'bundles':
      return <BundlesPage />;
    case 'remotes':
      return <RemotesPage />;
    case 'hub':
      return <HubPage />;
    case 'settings':
      return <SettingsPage />;
    case 'help':
      return <HelpPage />;
    default:
      return <JourneysPage />;
  }
}

/** The app shell: left navigation and the current screen. */
export function App() {
  const route = useRoute();
  const current = route.page === 'journey' ? 'journeys' : route.page;
  const chosen = useLayoutStore((s) => s.navCollapsed);
  // In the editor of a narrow window (900 px) the navigation folds to icons by itself, so the
  // map is not squeezed between four columns; Expand navigation still opens it there.
  const narrowEditor = useNarrowWindow(999) && route.page === 'journey';
  const [expandedWhileNarrow, setExpandedWhileNarrow] = useState(false);
  const folded = narrowEditor && !chosen && !expandedWhileNarrow;
  const collapsed = chosen || folded;
  const toggle = () => {
    if (narrowEditor && !chosen) setExpandedWhileNarrow(!expandedWhileNarrow);
    else useLayoutStore.getState().toggle('navCollapsed');
  };
  useFocusRescue();
  return (
    <div className={`shell${collapsed ? ' nav-collapsed' : ''}`}>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="nav-label">Journey Studio</span>
          <button
            type="button"
            className="collapse-toggle"
            aria-expanded={!collapsed}
            aria-label={collapsed ? 'Expand navigation' : 'Collapse navigation'}
            title={collapsed ? 'Expand navigation' : 'Collapse navigation'}
            onClick={toggle}
          >
            {collapsed ? '»' : '«'}
          </button>
        </div>
        <ul>
          {NAV.map((item) => (
            <li key={item.label}>
              <a
                href={hrefOf(item.route)}
                aria-current={item.route.page === current ? 'page' : undefined}
                title={collapsed ? item.label : undefined}
              >
                <span className="nav-icon" aria-hidden>
                  {item.icon}
                </span>
                <span className="nav-label">{item.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <QuarantineBanner />
        <Screen route={route} />
      </main>
      <DesktopCommands />
      <GuidedTour />
    </div>
  );
}
