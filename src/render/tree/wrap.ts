import { graphemes, PRINTABLE_ASCII } from '../../text/graphemes.js';
import type { DisplayWidth } from '../../text/width.js';
import { spaces, wrapAscii } from './wrap-ascii.js';

/** Applies a style (colour, bold…) to a run of text; identity when there is no colour. */
export type Paint = (text: string) => string;

/**
 * A run of text in one style. `gap` is the number of spaces before it
 * (default 1). A `whole` piece is not broken at its spaces unless it is wider
 * than a line (a speaker's name, "− rebut").
 */
export interface Piece {
  text: string;
  paint?: Paint;
  gap?: number;
  whole?: boolean;
}

interface Word {
  text: string;
  width: number;
  paint: Paint | undefined;
  gap: number;
}


/** Measures printable ASCII by its length and only hands anything else to `measure`. */
export function withAsciiFastPath(measure: DisplayWidth): DisplayWidth {
  return (text) => (PRINTABLE_ASCII.test(text) ? text.length : measure(text));
}

// Chinese and Japanese are written without spaces and may break between
// almost any two characters; Korean uses spaces, like Latin scripts.
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

function breaksAnywhere(text: string): boolean {
  return !PRINTABLE_ASCII.test(text) && NO_SPACES.test(text);
}

/**
 * Fills lines of at most `columns` display columns, word by word. Spaces are
 * the only break points, except that a word wider than a whole line (a URL, a
 * run of CJK text with no spaces) is broken between characters. Styles are
 * applied after the layout, per line, so escape codes never count as width.
 */
export function wrapPieces(pieces: readonly Piece[], columns: number, measure: DisplayWidth): string[] {
  return wrapAscii(pieces, columns) ?? wrapWords(pieces, columns, measure);
}

/** `wrapPieces` word by word, for any text. Exported for the test that holds `wrapAscii` to it. */
export function wrapWords(pieces: readonly Piece[], columns: number, measure: DisplayWidth): string[] {
  const lines: Word[][] = [[]];
  let used = 0;
  // Words are made fresh for each call, so placing one may set its gap in place.
  const place = (word: Word, gap: number) => {
    word.gap = gap;
    lines[lines.length - 1]!.push(word);
    used += gap + word.width;
  };
  const newLine = () => {
    lines.push([]);
    used = 0;
  };

  for (const word of wordsOf(pieces, columns, measure)) {
    const gap = used === 0 ? 0 : word.gap;
    if (used + gap + word.width <= columns) {
      place(word, gap);
    } else if (word.width <= columns && !breaksAnywhere(word.text)) {
      newLine();
      place(word, 0);
    } else {
      breakWord(word, gap, columns, measure, { place, newLine, used: () => used });
    }
  }
  return lines.map(paintLine);
}

// Enough text for any cut a tree makes, unless it is mostly zero-width.
const TRUNCATE_HEAD = 1024;

/**
 * Cuts text to fit `columns`, ending it with `ellipsis` when something was
 * cut. Splits and measures a prefix only, as far as the cut: the text may be
 * megabytes long.
 */
export function truncate(text: string, columns: number, measure: DisplayWidth, ellipsis: string): string {
  if (text.length > TRUNCATE_HEAD) {
    const characters = graphemes(text.slice(0, TRUNCATE_HEAD));
    // The prefix's last grapheme may go on past it: cut only before it.
    const cut = cutAt(characters, characters.length - 1, columns, measure, ellipsis);
    if (cut !== undefined) return cut;
  }
  const characters = graphemes(text);
  return cutAt(characters, characters.length, columns, measure, ellipsis) ?? text;
}

/** The first `count` graphemes cut to `columns` with the ellipsis, or undefined if they fit. */
function cutAt(characters: readonly string[], count: number, columns: number, measure: DisplayWidth, ellipsis: string): string | undefined {
  const room = columns - ellipsis.length;
  let kept = '';
  let width = 0;
  for (let i = 0; i < count; i++) {
    width += measure(characters[i]!);
    if (width > columns) return kept.trimEnd() + ellipsis;
    if (width <= room) kept += characters[i]!;
  }
  return undefined;
}

function wordsOf(pieces: readonly Piece[], columns: number, measure: DisplayWidth): Word[] {
  const words: Word[] = [];
  for (const piece of pieces) {
    let first = true;
    // Printable ASCII is as wide as it is long (withAsciiFastPath): one test for the piece, not one per word.
    const width = PRINTABLE_ASCII.test(piece.text) ? (text: string) => text.length : measure;
    const whole = piece.whole === true && width(piece.text) <= columns;
    for (const text of whole ? [piece.text] : piece.text.split(' ')) {
      if (text === '') continue;
      words.push({ text, width: width(text), paint: piece.paint, gap: first ? (piece.gap ?? 1) : 1 });
      first = false;
    }
  }
  return words;
}

interface LineSink {
  place(word: Word, gap: number): void;
  newLine(): void;
  used(): number;
}

/**
 * Breaks a word between characters, starting on the current line when some
 * room is left there: any room for CJK text, a few columns for anything else
 * (a URL), so that a line does not end in a stub.
 */
function breakWord(word: Word, gap: number, columns: number, measure: DisplayWidth, sink: LineSink): void {
  let room = columns - sink.used() - gap;
  if (room < (breaksAnywhere(word.text) ? 2 : Math.min(8, columns))) {
    if (sink.used() > 0) sink.newLine();
    gap = 0;
    room = columns;
  }
  let chunk = '';
  let width = 0;
  // A word can be megabytes long (a hostile map), and string-width costs microseconds a call.
  const widths = new Map<string, number>();
  for (const character of graphemes(word.text)) {
    let next = widths.get(character);
    if (next === undefined) widths.set(character, (next = measure(character)));
    if (width + next > room && chunk !== '') {
      sink.place({ ...word, text: chunk, width }, gap);
      sink.newLine();
      gap = 0;
      room = columns;
      chunk = '';
      width = 0;
    }
    chunk += character;
    width += next;
  }
  if (chunk !== '') sink.place({ ...word, text: chunk, width }, gap);
}

/**
 * Joins a line's words, styling each run of same-styled words once. Built with
 * join, which makes one flat string: a tree keeps every line it returns, and
 * a chain of concatenations would keep all its parts alive too.
 */
function paintLine(words: readonly Word[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const paint = words[i]!.paint;
    const run: string[] = [words[i]!.text];
    let j = i + 1;
    for (; j < words.length && words[j]!.paint === paint; j++) run.push(spaces(words[j]!.gap), words[j]!.text);
    out.push(spaces(words[i]!.gap), paint ? paint(run.join('')) : run.join(''));
    i = j;
  }
  return out.join('');
}
