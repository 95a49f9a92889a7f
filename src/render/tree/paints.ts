import type { Relation } from '../../model/graph.js';
import type { Palette } from '../../text/palette.js';
import type { Paint } from './wrap.js';

/** What each part of the tree looks like, from the palette. */
export interface Paints extends Record<Relation, Paint> {
  /** Statement text and argument titles. */
  text: Paint;
  guide: Paint;
  id: Paint;
  thesis: Paint;
  speaker: Paint;
  scheme: Paint;
  implicit: Paint;
  quote: Paint;
  note: Paint;
  contradiction: Paint;
  cycle: Paint;
  seen: Paint;
  more: Paint;
  match: Paint;
  heading: Paint;
  in: Paint;
  out: Paint;
  undecided: Paint;
}

export function paintsFor(palette: Palette): Paints {
  return {
    support: palette.green,
    rebut: palette.red,
    undermine: palette.red,
    undercut: palette.magenta,
    text: (text) => text,
    guide: palette.dim,
    id: palette.dim,
    thesis: palette.bold,
    speaker: palette.cyan,
    scheme: palette.dim,
    implicit: (text) => palette.dim(palette.italic(text)),
    quote: palette.italic,
    note: palette.dim,
    contradiction: palette.yellow,
    cycle: palette.yellow,
    seen: palette.dim,
    more: palette.dim,
    match: palette.bold,
    heading: (text) => palette.bold(palette.underline(text)),
    in: palette.green,
    out: palette.red,
    undecided: palette.yellow,
  };
}

/** For the lines kept only as the way to a match: everything dim, so the matches stand out. */
export function contextPaints(palette: Palette): Paints {
  const paints = paintsFor(palette);
  for (const key of Object.keys(paints) as (keyof Paints)[]) paints[key] = palette.dim;
  return paints;
}
