import { useEffect } from 'react';
import { api } from '../../api/client';
import { navigate, useRoute } from '../../app/router';
import { TOUR_STEPS } from './tour-steps';
import { shouldAutoStart, useTourStore } from './tour-store';
import { useSpotlight } from './use-spotlight';
import './tour.css';

/** Opens a journey for the journey steps: the first one in the library (the demo workspace has several). */
async function openSomeJourney(): Promise<boolean> {
  const list = await api.call('journeys.list', {}).catch(() => []);
  const first = list.find((j) => j.status === 'Draft') ?? list[0];
  if (first) navigate({ page: 'journey', id: first.id });
  return first !== undefined;
}

/** The short guided tour (library, canvas, inspector, simulator): a card in the corner, never blocking the app. */
export function GuidedTour() {
  const step = useTourStore((s) => s.step);
  const { goTo, finish, start } = useTourStore.getState();
  const route = useRoute();
  const current = step === null ? null : TOUR_STEPS[step];
  const onScreen =
    current !== null &&
    (current.screen === 'library' ? route.page === 'journeys' : route.page === 'journey');
  useSpotlight(onScreen ? current.selector : null);

  useEffect(() => {
    api.call('settings.get', {}).then(
      (s) => shouldAutoStart(s.tourDone) && start(),
      () => undefined,
    );
  }, [start]);

  if (step === null || !current) return null;
  const last = step === TOUR_STEPS.length - 1;
  const show = async (next: number) => {
    const target = TOUR_STEPS[next];
    if (target.screen === 'library' && route.page !== 'journeys') navigate({ page: 'journeys' });
    if (target.screen === 'journey' && route.page !== 'journey' && !(await openSomeJourney()))
      return finish();
    goTo(next);
  };
  return (
    <section
      className="tour-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="tour-title"
      aria-describedby="tour-text"
    >
      <div className="tour-progress">
        Tour · {step + 1} of {TOUR_STEPS.length}
      </div>
      <h2 id="tour-title">{current.title}</h2>
      <p id="tour-text">{current.text}</p>
      <div className="tour-actions">
        <button type="button" onClick={finish}>
          Skip tour
        </button>
        <span className="tour-grow" />
        {step > 0 && (
          <button type="button" onClick={() => void show(step - 1)}>
            Back
          </button>
        )}
        {last ? (
          <button type="button" className="primary" onClick={finish}>
            Finish tour
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void show(step + 1)}>
            Next tip
          </button>
        )}
      </div>
    </section>
  );
}
