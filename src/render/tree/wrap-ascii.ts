import { PRINTABLE_ASCII } from '../../text/graphemes.js';
import type { Paint, Piece } from './wrap.js';

/**
 * The fast twin of wrap.ts's word-by-word wrapping, for printable ASCII:
 * its gain and when to delete it are in docs/performance.md ("Fast twins"),
 * and test/render/wrap.test.ts holds it to `wrapWords`.
 */

const SPACES = ['', ' ', '  '];

/** `count` spaces, the usual one or two without making a string. */
export function spaces(count: number): string {
  return SPACES[count] ?? ' '.repeat(count);
}

/**
 * `wrapPieces` for the usual case, printable ASCII in which every word fits on
 * a line: the same lines, found by scanning for spaces, without an object or
 * a string per word (a tree of 100,000 statements has millions of words).
 * Consecutive words of one piece are sliced out as one run. Undefined when a
 * piece is not printable ASCII or a word must be broken.
 */
export function wrapAscii(pieces: readonly Piece[], columns: number): string[] | undefined {
  for (let p = 0; p < pieces.length; p++) if (!PRINTABLE_ASCII.test(pieces[p]!.text)) return undefined;
  const lines: string[] = [];
  let used = 0;
  // The line so far: `done` (runs painted), then a run of one paint: `run`
  // and the segment [segStart, segEnd) of piece `segPiece`, not yet added to it.
  let done = '';
  let run = '';
  let runPaint: Paint | undefined;
  let runGap = 0;
  let segPiece = -1;
  let segStart = 0;
  let segEnd = 0;
  const endRun = () => {
    const text = run + pieces[segPiece]!.text.slice(segStart, segEnd);
    done += spaces(runGap) + (runPaint ? runPaint(text) : text);
  };
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    const text = piece.text;
    const whole = piece.whole === true && text.length <= columns;
    let gapBefore = piece.gap ?? 1;
    let at = 0;
    while (at < text.length) {
      let start = at;
      let end: number;
      if (whole) end = text.length;
      else {
        while (start < text.length && text.charCodeAt(start) === 32) start++;
        if (start === text.length) break;
        end = text.indexOf(' ', start);
        if (end === -1) end = text.length;
      }
      at = end;
      const width = end - start;
      if (width > columns) return undefined;
      let gap = used === 0 ? 0 : gapBefore;
      gapBefore = 1;
      if (used + gap + width > columns) {
        endRun();
        lines.push(done);
        done = '';
        segPiece = -1;
        used = 0;
        gap = 0;
      }
      if (segPiece === -1) {
        run = '';
        runPaint = piece.paint;
        runGap = gap;
      } else if (piece.paint !== runPaint) {
        endRun();
        run = '';
        runPaint = piece.paint;
        runGap = gap;
      } else if (segPiece === p && gap === 1 && start === segEnd + 1) {
        segEnd = end;
        used += gap + width;
        continue;
      } else {
        run += pieces[segPiece]!.text.slice(segStart, segEnd) + spaces(gap);
      }
      segPiece = p;
      segStart = start;
      segEnd = end;
      used += gap + width;
    }
  }
  if (segPiece !== -1) endRun();
  lines.push(done);
  return lines;
}
