import type { MapIndex } from '../../model/graph.js';
import type { ArgMap } from '../../model/types.js';
import { escapeInline, escapeTerminal } from '../../text/escape.js';
import type { DisplayWidth } from '../../text/width.js';
import type { Selection } from './filter.js';
import { BLANK, GUIDE_WIDTH, type Glyphs } from './glyphs.js';
import { foldingFor, lastChildren } from './guides.js';
import type { Row } from './layout.js';
import { actMark, speakersMark } from './marks.js';
import type { TreeSettings } from './options.js';
import { contextPaints, paintsFor, type Paints } from './paints.js';
import { truncate, wrapPieces, type Piece } from './wrap.js';

export interface DrawContext {
  /** Lines printed before the first row, then a blank line; none when no row is printed. */
  title: readonly string[];
  map: ArgMap;
  index: MapIndex;
  settings: TreeSettings;
  glyphs: Glyphs;
  measure: DisplayWidth;
}

/**
 * Turns laid-out rows into terminal lines: guides, then the row's text wrapped
 * to the width with continuation lines under the text, then its notes (quotes,
 * contradictions, arguments cut by --depth). Roots are separated by a blank
 * line. Lines come one at a time, so a big tree can be written as it is drawn.
 */
export function* drawLines(rows: readonly Row[], context: DrawContext, selection?: Selection): Generator<string> {
  const { settings, glyphs } = context;
  const kept = (i: number) => !selection || selection.keep[i] === 1;
  const last = lastChildren(rows, kept);
  const labels = new Labels(context);
  const folding = foldingFor(settings.width);
  const paints = paintsFor(settings.palette);
  const quiet = selection ? contextPaints(settings.palette) : paints;
  // segments[d]: the guide a row at depth d leaves for the lines below it.
  const segments: string[] = [];

  let drawn = false;
  // Whether the root drawn last is a detached one: the heading opens each run of them.
  let inDetached = false;

  for (let i = 0; i < rows.length; i++) {
    if (!kept(i)) continue;
    const row = rows[i]!;
    const depth = row.depth;
    if (drawn && depth === 0) yield '';
    if (!drawn && context.title.length > 0) {
      yield* context.title;
      yield '';
    }
    drawn = true;
    // Even when --speaker or --tag leaves no thesis's tree: these roots must not pass for theses.
    if (depth === 0) {
      const heading = row.detached && !inDetached ? DETACHED_HEADING : !row.detached && inDetached ? THESIS_HEADING : undefined;
      if (heading !== undefined) {
        yield* wrapPieces([{ text: heading, paint: paints.heading }], settings.width, context.measure);
        yield '';
      }
      inDetached = row.detached === true;
    }
    const folded = folding(depth);
    const fold = folded > 0 ? glyphs.fold(folded) : '';
    const isLast = last[i] === 1;
    const inner = segments.slice(folded + 1, depth).join('');
    segments[depth] = isLast ? BLANK : glyphs.pipe;
    const first = depth === 0 ? '' : fold + inner + (isLast ? glyphs.last : glyphs.branch);
    const rest = depth === 0 ? '' : fold + inner + segments[depth]!;
    const columns = settings.width - (depth === 0 ? 0 : fold.length + (depth - folded) * GUIDE_WIDTH);

    const matched = selection?.match[i] === 1;
    const look = !selection || matched ? paints : quiet;
    const head = wrapPieces(labels.row(row, look, matched), columns, context.measure);
    const notes = row.shown === 'full' || row.hidden > 0 ? labels.notes(row, look, columns) : [];
    yield guide(first, paints) + head[0]!;
    if (head.length === 1 && notes.length === 0) continue;
    const below = guide(rest, paints);
    for (let k = 1; k < head.length; k++) yield below + head[k]!;
    for (const note of notes) yield below + note;
  }
}

// Printed before each run of roots that no thesis leads to, after the thesis they answer or at the end.
export const DETACHED_HEADING = 'Not under any thesis:';
// Printed before a thesis that follows such a run, so that it does not pass for one of them.
export const THESIS_HEADING = 'Next thesis:';

const VISIBLE = /[^ ]/;

function guide(prefix: string, paints: Paints): string {
  return VISIBLE.test(prefix) ? paints.guide(prefix) : prefix;
}

// How wide a statement's text may be where it is only referred to.
const REFERENCE_COLUMNS = 40;

/** The words of each row and its notes, escaped and styled. */
class Labels {
  private readonly speakerNames: Map<string, string>;
  private readonly contradictions = new Map<string, string[]>();
  private readonly references = new Map<string, string>();

  constructor(private readonly context: DrawContext) {
    this.speakerNames = new Map(context.map.speakers.map((speaker) => [speaker.id, escapeInline(speaker.name)]));
    const add = (id: string, other: string) => {
      const list = this.contradictions.get(id);
      if (list) list.push(other);
      else this.contradictions.set(id, [other]);
    };
    for (const { between: [a, b] } of context.map.contradictions) {
      add(a.id, b.id);
      add(b.id, a.id);
    }
  }

  row(row: Row, paints: Paints, matched: boolean): Piece[] {
    const pieces: Piece[] = matched ? [{ text: this.context.glyphs.match, paint: paints.match }] : [];
    if (row.shown === 'full') return row.kind === 'argument' ? this.argument(row, paints, pieces) : this.statement(row, paints, pieces);
    const { glyphs } = this.context;
    // An argument keeps its sign, so the line still says how it bears on the one above.
    if (row.kind === 'argument') pieces.push(this.sign(row, paints));
    // Named, so that the reader knows what to look for: "↑ finland-border, above".
    const cycle = row.shown === 'cycle';
    const reference = cycle ? glyphs.cycle : row.shown === 'later' ? glyphs.later : glyphs.seen;
    const paint = cycle ? paints.cycle : paints.seen;
    pieces.push(
      { text: reference.mark, paint, whole: true },
      { text: this.reference(row.id), paint: paints.id },
      { text: `, ${reference.where}`, paint, gap: 0, whole: true },
    );
    return pieces;
  }

  notes(row: Row, paints: Paints, columns: number): string[] {
    const { settings, glyphs, index, measure } = this.context;
    const notes: Piece[][] = [];
    if (settings.notes && row.shown === 'full') {
      const note = row.kind === 'statement' ? index.statements.get(row.id)!.note : index.arguments.get(row.id)!.note;
      if (note !== undefined) notes.push([{ text: 'note:', paint: paints.note, whole: true }, { text: escapeInline(note), paint: paints.note }]);
    }
    if (row.kind === 'statement' && row.shown === 'full') {
      const statement = index.statements.get(row.id)!;
      if (settings.quotes) {
        for (const quote of statement.quotes) {
          const act = actMark(quote.act);
          notes.push([{ text: `${glyphs.openQuote}${escapeInline(quote.value)}${glyphs.closeQuote}`, paint: paints.quote }, ...(act ? [{ text: act, paint: paints.implicit, whole: true }] : [])]);
        }
      }
      for (const other of this.contradictions.get(row.id) ?? []) {
        notes.push([
          { text: glyphs.contradicts, paint: paints.contradiction, whole: true },
          { text: this.reference(other), paint: settings.ids ? paints.id : undefined },
        ]);
      }
    }
    if (row.hidden > 0) {
      notes.push([{ text: `${glyphs.more} ${row.hidden} more argument${row.hidden === 1 ? '' : 's'}`, paint: paints.more, whole: true }]);
    }
    return notes.flatMap((pieces) => wrapPieces(pieces, columns, measure));
  }

  /** With --eval, the label's mark: ✔ in, ✘ out, ? undecided (in colour where there is some). */
  private labelMark(id: string, paints: Paints, pieces: Piece[]): void {
    const label = this.context.settings.labels?.get(id);
    if (label !== undefined) pieces.push({ text: this.context.glyphs.labels[label], paint: paints[label], whole: true });
  }

  private statement(row: Row, paints: Paints, pieces: Piece[]): Piece[] {
    const { index, settings } = this.context;
    const statement = index.statements.get(row.id)!;
    this.labelMark(row.id, paints, pieces);
    let gap = 1;
    if (settings.ids) {
      pieces.push({ text: escapeTerminal(statement.id), paint: paints.id });
      gap = 2;
    }
    if (statement.implicit) {
      pieces.push({ text: '(implicit)', paint: paints.implicit, gap });
      gap = 1;
    }
    const act = actMark(statement.act);
    if (act !== undefined) {
      pieces.push({ text: act, paint: paints.implicit, gap, whole: true });
      gap = 1;
    }
    if (row.showSpeaker) {
      pieces.push({ text: `${this.speakerName(statement.speaker)}:`, paint: paints.speaker, gap, whole: true });
      gap = 1;
    }
    pieces.push({ text: escapeInline(statement.text), paint: index.theses.has(statement.id) ? paints.thesis : paints.text, gap });
    // Reported speech shows where it names someone the line does not already: the speaker's name is there.
    const reporters = (statement.saidBy ?? []).filter((ref) => ref.id !== statement.speaker);
    if (reporters.length > 0) pieces.push(this.speakersPiece('said by', statement.saidBy!, paints));
    if (statement.endorsedBy?.length) pieces.push(this.speakersPiece('endorsed by', statement.endorsedBy, paints));
    return pieces;
  }

  private argument(row: Row, paints: Paints, pieces: Piece[]): Piece[] {
    const { index, settings, glyphs } = this.context;
    const argument = index.arguments.get(row.id)!;
    pieces.push(this.sign(row, paints));
    this.labelMark(row.id, paints, pieces);
    // Without a title, the id is the argument's only name, so it shows even with --no-ids.
    if (settings.ids || argument.title === undefined) pieces.push({ text: escapeTerminal(argument.id), paint: paints.id });
    if (argument.title !== undefined) pieces.push({ text: `${glyphs.openQuote}${escapeInline(argument.title)}${glyphs.closeQuote}`, paint: paints.text });
    if (row.showSpeaker) pieces.push({ text: `(${this.speakerName(argument.speaker)})`, paint: paints.speaker, whole: true });
    if (argument.scheme) pieces.push({ text: `[${escapeInline(argument.scheme.value)}]`, paint: paints.scheme });
    if (argument.endorsedBy?.length) pieces.push(this.speakersPiece('endorsed by', argument.endorsedBy, paints));
    // A focused argument has no line above it to say what it is about.
    if (row.parent < 0) pieces.push({ text: glyphs.target, gap: 2 }, { text: this.reference(argument.target.id), paint: paints.id });
    return pieces;
  }

  /** `+` or `− rebut`… */
  private sign(row: Row, paints: Paints): Piece {
    const relation = row.relation ?? 'support';
    const text = relation === 'support' ? '+' : `${this.context.glyphs.minus} ${relation}`;
    return { text, paint: paints[relation], whole: true };
  }

  /**
   * How a statement or argument is named when referred to: its id, or without
   * ids the start of its text or title (the id of an untitled argument).
   * Cached, since a long statement can be referred to thousands of times and
   * is escaped and cut once.
   */
  private reference(id: string): string {
    const { settings, index, glyphs, measure } = this.context;
    if (settings.ids) return escapeTerminal(id);
    let name = this.references.get(id);
    if (name === undefined) {
      const text = index.statements.get(id)?.text ?? index.arguments.get(id)?.title;
      // Without its full stop, since ", above" follows it.
      name = text === undefined ? escapeTerminal(id) : truncate(escapeInline(text.replace(/\.$/, '')), REFERENCE_COLUMNS, measure, glyphs.ellipsis);
      this.references.set(id, name);
    }
    return name;
  }

  // Whole, like the speaker's name before a statement: "(endorsed by A." above "Reader)" splits a name.
  private speakersPiece(verb: string, refs: readonly { id: string }[], paints: Paints): Piece {
    return { text: speakersMark(verb, refs.map((ref) => this.speakerName(ref.id))), paint: paints.speaker, whole: true };
  }

  private speakerName(speaker: string | undefined): string {
    return (speaker !== undefined && this.speakerNames.get(speaker)) || escapeTerminal(speaker ?? '?');
  }
}
