import { useEffect, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useSimulationStore } from '../../stores/simulation-store';

const TICK_MS = 400;

/** The timeline scrubber: a "Virtual day" slider with Play/Pause that replays the daily series on the canvas. */
export function ReplayScrubber({ horizonDays }: { horizonDays: number }) {
  const id = useId();
  const { day, playing, setDay, setPlaying } = useSimulationStore(
    useShallow((s) => ({
      day: s.day,
      playing: s.playing,
      setDay: s.setDay,
      setPlaying: s.setPlaying,
    })),
  );
  const last = horizonDays - 1;
  const shown = day ?? last;

  useEffect(() => {
    if (!playing) return;
    const t = window.setInterval(() => {
      const s = useSimulationStore.getState();
      const next = (s.day ?? -1) + 1;
      if (next >= last) {
        s.setDay(null);
        s.setPlaying(false);
      } else s.setDay(next);
    }, TICK_MS);
    return () => window.clearInterval(t);
  }, [playing, last]);

  return (
    <div className="sim-scrubber">
      <button
        type="button"
        onClick={() => {
          if (!playing && day === null) setDay(0);
          setPlaying(!playing);
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <label htmlFor={id}>Virtual day</label>
      <input
        id={id}
        type="range"
        min={0}
        max={last}
        value={shown}
        onChange={(e) => {
          const d = Number(e.target.value);
          setDay(d >= last ? null : d);
        }}
      />
      <output htmlFor={id} aria-live="polite" data-testid="replay-day">
        Day {shown + 1} of {horizonDays}
      </output>
    </div>
  );
}
