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
import { DesktopCommands } from './desktop-commands';
import { hrefOf, useRoute, type Route } from './router';

const NAV: { label: string; route: Route }[] = [
  { label: 'Journeys', route: { page: 'journeys' } },
  { label: 'Actions', route: { page: 'actions' } },
  { label: 'Bundles', route: { page: 'bundles' } },
  { label: 'Remotes', route: { page: 'remotes' } },
  { label: 'Team hub', route: { page: 'hub' } },
  { label: 'Settings', route: { page: 'settings' } },
  { label: 'Help', route: { page: 'help' } },
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
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">Journey Studio</div>
        <ul>
          {NAV.map((item) => (
            <li key={item.label}>
              <a href={hrefOf(item.route)} aria-current={item.route.page === current ? 'page' : undefined}>
                {item.label}
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
