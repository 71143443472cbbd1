/**
 * The tabIndex of choice `index` of a native radio group. With one choice checked Chromium makes
 * the group one Tab stop, but with none checked every radio is a Tab stop of its own: then only
 * the first choice that can be picked keeps its place in the Tab order (arrows reach the rest).
 */
export function radioTabIndex(
  index: number,
  anyChecked: boolean,
  firstEnabled = 0,
): number | undefined {
  return anyChecked || index === firstEnabled ? undefined : -1;
}

/**
 * `stops` (in Tab order) with each radio group reduced to its one Tab stop, as the browser does:
 * the checked choice, or the first when none is. For scripts that run their own Tab order.
 */
export function oneStopPerRadioGroup(stops: HTMLElement[]): HTMLElement[] {
  const radios = stops.filter(
    (el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === 'radio',
  );
  return stops.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = radios.filter((r) => r.name === el.name && r.form === el.form);
    return el === (group.find((r) => r.checked) ?? group[0]);
  });
}
