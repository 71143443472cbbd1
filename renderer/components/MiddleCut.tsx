import { useLayoutEffect, useRef, useState } from 'react';

/** Text up to this long is never cut in the middle (only at its end, if at all). */
const SHORT = 16;
/** The kept end is at least this long (whole words), so names that start alike stay apart. */
const TAIL = 10;
const ELLIPSIS = '…';

/**
 * Splits `text` into a start that may be cut and an end that is always shown: the shortest run
 * of whole last words of at least TAIL characters (the last TAIL characters when that would be
 * more than half the text). Together they are the text again.
 */
export function splitForMiddleCut(text: string): [start: string, end: string] {
  if (text.length <= SHORT) return [text, ''];
  const space = text.lastIndexOf(' ', text.length - TAIL);
  const cut = space > text.length / 2 ? space : text.length - TAIL;
  return [text.slice(0, cut), text.slice(cut)];
}

/**
 * The text to draw in `width` px: the whole text when it fits, otherwise the longest start of it,
 * one ellipsis and its kept end ("Enterprise EMEA… Q3 FY2027"). `measure` gives a string's width.
 */
export function fitMiddleCut(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  const [start, end] = splitForMiddleCut(text);
  // Not even the kept end fits: the ellipsis and as much of the end as fits, read from its end.
  if (measure(ELLIPSIS + end) > width) return cutStart(end, width, measure);
  const shown = (n: number) => start.slice(0, n).trimEnd() + ELLIPSIS + end;
  // Binary search for the longest start that fits; with no room at all, the ellipsis and end.
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(shown(mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  return shown(lo);
}

/** The ellipsis and the longest end of `text` that fits in `width`. */
function cutStart(text: string, width: number, measure: (s: string) => number): string {
  let n = text.length;
  while (n > 0 && measure(ELLIPSIS + text.slice(-n).trimStart()) > width) n--;
  return ELLIPSIS + text.slice(-n).trimStart();
}

let canvas: HTMLCanvasElement | undefined;
/** A string's width in the element's font, measured off screen (no layout per try). */
function measurerFor(el: HTMLElement): (s: string) => number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return () => 0;
  ctx.font = getComputedStyle(el).font;
  return (s) => ctx.measureText(s).width;
}

/**
 * One line of text, whole when it fits, otherwise cut once in the middle so names that start
 * alike stay distinguishable. The drawn text follows the element's width; the holder should give
 * the whole text as its accessible name and `title`.
 */
export function MiddleCut({ text }: { text: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [shown, setShown] = useState(text);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // One pixel spare: canvas and layout may round a glyph run differently.
    const fit = () => setShown(fitMiddleCut(text, el.clientWidth - 1, measurerFor(el)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    void document.fonts?.ready.then(fit);
    return () => observer.disconnect();
  }, [text]);
  return (
    <span ref={ref} className="middle-cut-text">
      {shown}
    </span>
  );
}
