import type { Span } from '../model/types.js';
import { shorten } from '../text/shorten.js';
import type { ParseProblem } from './problems.js';
import type { YNode, YScalar, YSeq } from './yaml/index.js';

/**
 * The YAML nodes as the format reader sees them: the context problems are
 * reported to, entries, and how a node is described in a message.
 */

export interface ParseContext {
  text: string;
  report(problem: ParseProblem): void;
}

export interface Entry<Value extends YNode = YNode> {
  key: YScalar;
  value: Value;
}

/** A scalar that is text: a key, an id, a text field's value. */
export type TextScalar = YScalar & { value: string };

/** A list of scalars, as `checkType` accepts for ids and texts. */
export type ScalarList = YSeq & { items: YScalar[] };

/** What kind of YAML value a node is: "a list", "a number", "a true/false value"… */
export function kindOf(node: YNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.value === null) return 'empty';
  if (typeof node.value === 'boolean') return 'a true/false value';
  if (typeof node.value === 'number') return 'a number';
  return 'text';
}

/** Describes a value for "but it is …" messages, quoting short text. */
export function describe(node: YNode): string {
  return node.kind === 'scalar' && typeof node.value === 'string' ? `the text "${shorten(node.value, 40)}"` : kindOf(node);
}

/**
 * A scalar's text as the author wrote it: `title: 1984` is "1984", and
 * `version: 1.10` keeps its trailing zero.
 */
export function scalarText(ctx: ParseContext, node: YScalar): string {
  return typeof node.value === 'string' ? node.value : ctx.text.slice(node.start, node.end);
}

/** Empty (null) or only white space: for text, the same as not given. */
export function isBlank(ctx: ParseContext, node: YNode): node is YScalar {
  return node.kind === 'scalar' && (node.value === null || (typeof node.value === 'string' && scalarText(ctx, node).trim() === ''));
}

/** Where a blank value is: an empty value has no text of its own, so its key. */
export const blankSpan = ({ key, value }: { key: YScalar; value: YNode }): Span =>
  value.kind === 'scalar' && value.value === null ? key : value;

/** A required field that is absent, or (`blank` given) written but blank. */
export function reportMissing(ctx: ParseContext, owner: string, name: string, span: Span, blank: YNode | undefined, hint: string): void {
  ctx.report({
    code: 'missing-field',
    message: blank ? `${owner} has no "${name}": it is ${kindOf(blank) === 'empty' ? 'empty' : 'blank'}.` : `${owner} has no "${name}".`,
    span,
    hint,
  });
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
