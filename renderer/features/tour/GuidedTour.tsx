import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { api } from '../../api/client';
import { navigate, parseRoute, useRoute } from '../../app/router';
import { focusWhenShown, returnFocus } from '../../components/focus-return';
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

/**
 * Where focus goes when the tour closes: back to the control that started it. When the tour took
 * the user to other screens (Help's "Start the guided tour" opens the library), the screen it
 * started on comes back and its control, found again by id, takes focus.
 */
function returnFromTour(opener: HTMLElement | null, startHash: string): void {
  if (opener?.isConnected || !opener?.id) return returnFocus(opener);
  const id = opener.id;
  if (window.location.hash !== startHash) navigate(parseRoute(startHash));
  focusWhenShown(() => document.getElementById(id));
}

/**
 * Keyboard focus while the tour shows: on its main button when it opens and after each step (the
 * button pressed may be gone), kept inside the card by Tab, and back where it was when it closes.
 */
function useTourFocus(step: number | null) {
  const card = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = step !== null;
  useLayoutEffect(() => {
    if (!open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const { startHash } = useTourStore.getState();
    return () => returnFromTour(opener.current, startHash);
  }, [open]);
  useLayoutEffect(() => {
    const el = card.current;
    if (el && !el.contains(document.activeElement))
      el.querySelector<HTMLElement>('.tour-actions .primary')?.focus();
  }, [step]);
  return card;
}

/** Tab and Shift+Tab go round the card's buttons instead of leaving it. */
function keepTabInside(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Tab') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button')];
  const first = buttons[0];
  const last = buttons[buttons.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The short guided tour (library, canvas, inspector, simulator): a card in the corner that leaves
 * the app visible and clickable; the keyboard stays in the card until Escape or Skip tour.
 */
export function GuidedTour() {
  const step = useTourStore((s) => s.step);
  const { goTo, finish, start } = useTourStore.getState();
  const route = useRoute();
  const current = step === null ? null : TOUR_STEPS[step];
  const onScreen =
    current !== null &&
    (current.screen === 'library' ? route.page === 'journeys' : route.page === 'journey');
  useSpotlight(onScreen ? current.selector : null);
  const card = useTourFocus(step);

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
    // A <dialog open> (not shown modal, so the app stays clickable) also tells the map's own Tab
    // order (map-tab-order.ts) to leave Tab to it.
    <dialog
      ref={card}
      open
      className="tour-card"
      aria-modal="true"
      aria-labelledby="tour-title"
      aria-describedby="tour-text"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          finish();
        } else keepTabInside(event);
      }}
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
    </dialog>
  );
}
