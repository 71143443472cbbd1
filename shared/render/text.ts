/** Escapes text for SVG/XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A whole number with thousands separators, the same on every machine. */
export function fmtCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Roughly how wide text is in the system sans-serif: there is no font metrics without a DOM, so
 * an average advance per character (a little generous, so clipped text never overflows).
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.6 : 0.56);
}

/** Text shortened with an ellipsis to fit `maxWidth`. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (fontSize * (bold ? 0.6 : 0.56))) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}
