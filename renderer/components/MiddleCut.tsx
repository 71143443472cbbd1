/** Text up to this long is shown as it is: it fits even the narrowest Name column. */
const SHORT = 16;
/**
 * The kept end is at least this long (whole words), so names that start alike stay apart; short
 * enough to leave room for a start in the narrowest Name column (~145 px at 1,024 px).
 */
const TAIL = 10;

/**
 * Splits `text` into a start that may be cut with an ellipsis and an end that is always shown:
 * the shortest run of whole last words of at least TAIL characters (the last TAIL characters
 * when that would be more than half the text). Together they are the text again.
 */
export function splitForMiddleCut(text: string): [start: string, end: string] {
  if (text.length <= SHORT) return [text, ''];
  const space = text.lastIndexOf(' ', text.length - TAIL);
  const cut = space > text.length / 2 ? space : text.length - TAIL;
  return [text.slice(0, cut), text.slice(cut)];
}

/**
 * One line of text cut in the middle when it does not fit ("Enterprise EMEA exp… Q3 FY2027"), so
 * names that start alike stay distinguishable; the whole text is in `title` and read by screen
 * readers from the element that holds it.
 */
export function MiddleCut({ text }: { text: string }) {
  const [start, end] = splitForMiddleCut(text);
  // A space where the text is cut becomes a margin: a flex item would drop it or underline it.
  const spaced = end.startsWith(' ');
  return (
    <>
      <span className="middle-cut-start">{start}</span>
      {end && (
        <span className={`middle-cut-end${spaced ? ' spaced' : ''}`}>
          {spaced ? end.slice(1) : end}
        </span>
      )}
    </>
  );
}
