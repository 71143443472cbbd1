/**
 * How far down between a split's card and the step a path leads to the path's line turns across
 * (0 at the card, 1 at the step; React Flow's smooth step `stepPosition`). With every path turning
 * half-way, two paths going the same way shared that stretch of line, and in the presentation
 * their flow bands lay on each other (a 4-path split). Paths that fan out to their own columns
 * turn the earlier the farther out they are, so each crosses above the inner ones' lines; paths
 * that meet again below (into a Merge) turn late, inner ones first, and leave the room under the
 * card to the names shown under their handles.
 */
export function pathTurn(index: number, count: number, meeting: boolean): number {
  if (count < 2) return 0.5;
  const middle = (count - 1) / 2;
  const out = Math.abs(index - middle);
  const innermost = count % 2 === 1 ? 0 : 0.5;
  const share = middle === innermost ? 0 : (out - innermost) / (middle - innermost);
  return meeting ? 0.6 + 0.3 * share : 0.5 - 0.35 * share;
}
