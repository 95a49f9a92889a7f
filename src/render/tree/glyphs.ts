/**
 * The characters the tree is drawn with. Every glyph here is one terminal
 * column wide, so the renderer counts them without measuring; `--ascii`
 * swaps in plain ASCII for terminals and fonts without box drawing.
 */
export interface Glyphs {
  /** Branch to a child that has siblings after it. */
  branch: string;
  /** Branch to the last child. */
  last: string;
  /** The guide carried down past a child that has siblings after it. */
  pipe: string;
  /** Sign of an attack (support is always `+`). */
  minus: string;
  /** A statement or argument printed in full earlier: the mark before its name, and where it is, after it. */
  seen: Reference;
  /** A statement or argument printed in full further down, fewer levels below a root (with --depth). */
  later: Reference;
  /** A statement or argument that leads back to itself. */
  cycle: Reference;
  contradicts: string;
  /** Points from a focused argument to its target. */
  target: string;
  /** Arguments cut off by --depth. */
  more: string;
  ellipsis: string;
  openQuote: string;
  closeQuote: string;
  /** Marks the lines that match --speaker or --tag. */
  match: string;
  /** Stands in for `levels` outer guides folded away on very deep lines. */
  fold(levels: number): string;
  /** With --eval: the mark of each label. */
  labels: Record<'in' | 'out' | 'undecided', string>;
}

/** How a reference line reads: `↑ finland-border, above`. */
export interface Reference {
  mark: string;
  where: string;
}

export const unicodeGlyphs: Glyphs = {
  branch: '├─ ',
  last: '└─ ',
  pipe: '│  ',
  minus: '−',
  seen: { mark: '↑', where: 'above' },
  later: { mark: '↓', where: 'below' },
  cycle: { mark: '↺', where: 'cycle, above' },
  contradicts: '⊥ contradicts',
  target: '→',
  more: '…',
  ellipsis: '…',
  openQuote: '“',
  closeQuote: '”',
  match: '●',
  fold: (levels) => `«${levels}» `,
  labels: { in: '✔', out: '✘', undecided: '?' },
};

export const asciiGlyphs: Glyphs = {
  branch: '|- ',
  last: '`- ',
  pipe: '|  ',
  minus: '-',
  seen: { mark: '^', where: 'above' },
  later: { mark: 'v', where: 'below' },
  cycle: { mark: '^', where: 'cycle, above' },
  contradicts: '! contradicts',
  target: '->',
  more: '...',
  ellipsis: '...',
  openQuote: '"',
  closeQuote: '"',
  match: '*',
  fold: (levels) => `<${levels}> `,
  labels: { in: '[in]', out: '[out]', undecided: '[?]' },
};

/** The same width as a branch or pipe: the guide past a last child. */
export const BLANK = '   ';
export const GUIDE_WIDTH = 3;
