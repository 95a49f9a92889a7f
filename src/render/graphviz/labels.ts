/**
 * Labels and tooltips for the diagram. Labels are HTML-like (`<...>`), built
 * from lines that went through `htmlText`; tooltips go through `tooltipText`.
 * Nothing from the map reaches a label any other way.
 */
import type { HTMLLikeLabel } from 'ts-graphviz';
import type { Relation } from '../../model/graph.js';
import type { ArgMap, Argument, Speaker, Statement } from '../../model/types.js';
import { COLOUR, LABEL_LOOK, RELATION_VERB, SMALL_FONT_SIZE } from './style.js';
import { htmlOfInline, htmlText, shownText, tooltipText } from './text.js';
import { wrapText } from './wrap.js';
import { escapeInline } from '../../text/escape.js';

const LEFT_BREAK = '<BR ALIGN="LEFT"/>';

/** Wrapped, escaped lines of untrusted text, cut to MAX_LABEL_CHARS. */
function wrappedLines(text: string, width: number): string[] {
  // Escaped once before wrapping: the wrapped lines are inline text already.
  return wrapText(shownText(text), width).map(htmlOfInline);
}

/**
 * An element around some label text; nothing around nothing. Graphviz
 * refuses an empty <B></B>, <I></I> or <FONT></FONT> as a syntax error, and
 * then shows the node's name instead of its label (a tag or a text that
 * escapes to nothing, a map built through the library).
 */
function element(open: string, html: string, close: string): string {
  return html === '' ? '' : `${open}${html}${close}`;
}

function small(html: string, colour: string = COLOUR.muted): string {
  return element(`<FONT POINT-SIZE="${SMALL_FONT_SIZE}" COLOR="${colour}">`, html, '</FONT>');
}

/** Joins label lines, each left-aligned. */
function leftAligned(lines: readonly string[]): HTMLLikeLabel {
  return `<${lines.map((line) => line + LEFT_BREAK).join('')}>`;
}

/** The line that shows an evaluation label in a box (see LABEL_LOOK). */
export function verdictLine(label: keyof typeof LABEL_LOOK): string {
  return small(`<B>${htmlText(LABEL_LOOK[label].mark)}</B>`, LABEL_LOOK[label].colour);
}

export interface StatementLabelOptions {
  wrap: number;
  ids: boolean;
  thesis: boolean;
  /** With --eval: the line that shows the statement's label, first in the box. */
  verdict?: string;
  /** Shown under the text when the statement is not the author's. */
  speakerName?: string;
  /** The names of the speakers the text reports saying it (`said-by`), when that is not only its speaker. */
  saidBy?: readonly string[];
  /** The names of the speakers who endorse it (`endorsed-by`). */
  endorsedBy?: readonly string[];
}

export function statementLabel(statement: Statement, options: StatementLabelOptions): HTMLLikeLabel {
  const lines: string[] = options.verdict === undefined ? [] : [options.verdict];
  if (options.ids) lines.push(small(htmlText(statement.id)));
  // Words that are not a plain assertion (irony, a rhetorical question, a supposition): the text in italics, the act named above it.
  const act = statement.act !== undefined && statement.act !== 'assert';
  if (act) lines.push(small(htmlText(`(${statement.act!.replace('-', ' ')})`)));
  for (const line of wrappedLines(statement.text, options.wrap)) {
    const styled = act ? element('<I>', line, '</I>') : line;
    lines.push(options.thesis ? element('<B>', styled, '</B>') : styled);
  }
  if (options.speakerName !== undefined) lines.push(small(`<I>— ${htmlText(options.speakerName)}</I>`));
  speakersLine('said by', options.saidBy, lines);
  speakersLine('endorsed by', options.endorsedBy, lines);
  return leftAligned(lines);
}

/** The label of an argument node that shows its title and/or id. */
export function argumentLabel(argument: Argument, options: { wrap: number; ids: boolean; verdict?: string; endorsedBy?: readonly string[] }): HTMLLikeLabel {
  const lines: string[] = options.verdict === undefined ? [] : [options.verdict];
  if (options.ids) lines.push(small(htmlText(argument.id)));
  if (argument.title !== undefined) {
    for (const line of wrappedLines(argument.title, options.wrap)) lines.push(element('<I>', line, '</I>'));
  }
  speakersLine('endorsed by', options.endorsedBy, lines);
  return leftAligned(lines);
}

/** A small line "endorsed by A, B" or "said by A", when someone endorses or is reported saying what is in the box. */
function speakersLine(verb: string, names: readonly string[] | undefined, lines: string[]): void {
  if (names === undefined || names.length === 0) return;
  const line = small(htmlText(`${verb} ${names.join(', ')}`));
  if (line !== '') lines.push(line);
}

/** A short label beside an edge: the id of the argument it draws. */
export function edgeIdLabel(id: string): HTMLLikeLabel {
  return `<${small(htmlText(id)) || ' '}>`;
}

export function clusterLabel(text: string): HTMLLikeLabel {
  // A label of nothing at all is a syntax error too: a space stands in.
  return `<${element('<B>', htmlText(text), '</B>') || ' '}>`;
}

/** The map's title, and under it what the map reconstructs. */
export function titleLabel(map: ArgMap): HTMLLikeLabel | undefined {
  const lines: string[] = [];
  const title = map.title === undefined ? '' : htmlText(map.title);
  if (title !== '') lines.push(`<FONT POINT-SIZE="16"><B>${title}</B></FONT>`);
  const source = map.source;
  const about = [source?.title, source?.author, source?.date].filter((part): part is string => part !== undefined);
  const aboutText = htmlText(about.join(' · '));
  if (aboutText !== '') lines.push(`<FONT POINT-SIZE="10" COLOR="${COLOUR.muted}">${aboutText}</FONT>`);
  return lines.length === 0 ? undefined : `<${lines.join('<BR/>')}>`;
}

export function speakerDescription(speaker: Speaker): string {
  return speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name;
}

/** Hover text of a statement: its quotes and speaker, and whether the reconstruction added it. */
export function statementTooltip(statement: Statement, speaker: Speaker | undefined): string {
  // Trimmed inside the quotation marks, not only at the ends of the line.
  const lines = statement.quotes.map((quote) => `“${escapeInline(quote.value)}”`);
  if (speaker) lines.push(`— ${speakerDescription(speaker)}`);
  if (statement.implicit) lines.push('Implicit premise: added by the reconstruction.');
  if (statement.note !== undefined) lines.push(`Note: ${statement.note}`);
  if (lines.length === 0) lines.push(statement.text);
  return tooltipText(lines);
}

/** Hover text of an argument's node and edges: what it is and who makes it. */
export function argumentTooltip(argument: Argument, relation: Relation, speaker: Speaker | undefined): string {
  const lines = [argument.title === undefined ? argument.id : `${argument.id}: ${argument.title}`];
  lines.push(`${RELATION_VERB[relation]} ${argument.target.id}`);
  if (argument.scheme !== undefined) lines.push(`Scheme: ${argument.scheme.value}`);
  if (speaker) lines.push(`— ${speakerDescription(speaker)}`);
  if (argument.note !== undefined) lines.push(`Note: ${argument.note}`);
  return tooltipText(lines);
}
