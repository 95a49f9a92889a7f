import { GUIDE_WIDTH } from './glyphs.js';
import type { Row } from './layout.js';

/** For each kept row, whether it is the last kept child of its parent. */
export function lastChildren(rows: readonly Row[], kept: (i: number) => boolean): Uint8Array {
  const last = new Uint8Array(rows.length);
  const hasLater = new Uint8Array(rows.length);
  for (let i = rows.length - 1; i >= 0; i--) {
    const parent = rows[i]!.parent;
    if (!kept(i) || parent < 0) continue;
    if (!hasLater[parent]) last[i] = 1;
    hasLater[parent] = 1;
  }
  return last;
}

/**
 * How many outer guide levels a row at a depth folds into a «n» marker, so
 * that at least about 40% of the width is left for text however deep the map.
 * Folding goes in steps of several levels, so the guides of neighbouring
 * lines stay in their columns.
 */
export function foldingFor(width: number): (depth: number) => number {
  const minText = Math.min(30, Math.max(16, Math.floor(width * 0.4)));
  const unfolded = Math.max(1, Math.floor((width - minText) / GUIDE_WIDTH));
  // Room for a marker of up to nine columns.
  const visible = Math.max(1, unfolded - 3);
  const step = Math.max(1, Math.ceil(visible / 2));
  return (depth) => (depth <= unfolded ? 0 : Math.ceil((depth - visible) / step) * step);
}
