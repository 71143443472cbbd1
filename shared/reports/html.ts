/** Escapes text for HTML element content and attribute values. */
export function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A whole number with thousands separators, the same on every machine. */
export function fmt(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A share as a percentage with one decimal ("–" when the whole is zero). The space before "%" is
 * a no-break space, so a narrow printed column never puts "%" on a line of its own.
 */
export function pct(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}\u00a0%` : '–';
}

/**
 * A figure with its units ("2,500 accounts · 9,870 people") as HTML: each "number unit" kept on
 * one line (`.fig`, the unit smaller), parts joined by " · ", so a cell never breaks "2,500" from
 * "accounts"; only the " · " between figures may break.
 */
export function figureHtml(text: string, separator = ' · '): string {
  return text
    .split(' · ')
    .map((part) => {
      const space = part.indexOf(' ');
      if (space < 0) return `<span class="fig">${esc(part)}</span>`;
      return `<span class="fig">${esc(part.slice(0, space))} <small>${esc(part.slice(space + 1))}</small></span>`;
    })
    .join(separator);
}

/** A table cell's figure: one part a line (accounts, then people, then visits); the " · " is kept for copied text. */
export const cellFigureHtml = (text: string): string =>
  figureHtml(text, '<span class="sep"> · </span>');
