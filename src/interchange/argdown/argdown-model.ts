import { foldWhitespace } from '../fold.js';

/**
 * The parts of @argdown/core's model (its JSON-like response) that the
 * importer reads, typed loosely (Argdown's own types describe more than
 * is there, and less than its plugins add), and small readers of its parts:
 * where a thing is written, a member's text as a claim, the statements a step uses.
 */

/** Where Argdown says something is written: 1-based lines and columns, when it knows them. */
export interface AdPlace {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

/** A diagnostic's place from Argdown's: line 1, column 1 when Argdown gives none; the end, the start when it gives no end. */
export function placeOf(place: AdPlace | undefined): { line: number; column: number; endLine: number; endColumn: number } {
  const line = place?.startLine ?? 1;
  const column = place?.startColumn ?? 1;
  const endLine = place?.endLine ?? line;
  const endColumn = place?.endColumn ?? column;
  return { line, column, endLine, endColumn };
}

export interface AdMember {
  text?: string;
  /** Spans of the text Argdown marked (tags, bold, links…), from start to stop inclusive. */
  ranges?: { type: string; start: number; stop: number }[];
  data?: Record<string, unknown>;
}
export interface AdStatement {
  title: string;
  members: AdMember[];
  tags?: string[];
  data?: Record<string, unknown>;
}
export interface AdPcsStatement {
  title: string;
  role: string;
  data?: Record<string, unknown>;
  /** The inference that leads to a conclusion, with its data (`{uses: [1, 3]}`). */
  inference?: { data?: Record<string, unknown> };
}
export interface AdArgument {
  title: string;
  members: AdMember[];
  pcs?: AdPcsStatement[];
  data?: Record<string, unknown>;
}
export interface AdNode extends AdPlace {
  title: string;
  type: string;
  /** For an inference (what an undercut aims at): the argument it belongs to. */
  argumentTitle?: string;
}
export interface AdRelation {
  from: AdNode;
  to: AdNode;
  relationType: string;
  /** Where the relation is written; Argdown gives none for relations it derives itself. */
  occurrences?: AdPlace[];
}

/** An undercut aims at an argument's inference: the argument is the one that inference belongs to. */
export const targetTitle = (node: AdNode) => (node.type === 'inference' ? (node.argumentTitle ?? node.title) : node.title);
export interface AdError {
  message: string;
  token?: AdPlace;
}

/**
 * A member's text as a claim: one line, without the tags Argdown keeps in it
 * (`#tag`, `#(a tag)`), which become `tags:`. The tags are cut where Argdown's
 * own ranges say they are, so an escaped `\#` that is part of the text stays.
 */
export function claimText(member: AdMember | undefined): string | undefined {
  const text = member?.text;
  if (text === undefined) return undefined;
  const tags = (member?.ranges ?? []).filter((range) => range.type === 'tag').sort((a, b) => a.start - b.start);
  let kept = '';
  let from = 0;
  for (const tag of tags) {
    kept += `${text.slice(from, Math.max(from, tag.start))} `;
    from = Math.max(from, tag.stop + 1);
  }
  const plain = foldWhitespace(kept + text.slice(from));
  return plain === '' ? undefined : plain;
}

/** The numbers in a conclusion's `{uses: […]}` (or its inference's): the statements an inferential step uses. */
export function usesOf(member: AdPcsStatement): number[] {
  const uses = member.data?.uses ?? member.inference?.data?.uses;
  return Array.isArray(uses) ? uses.filter((n): n is number => Number.isInteger(n)) : [];
}
