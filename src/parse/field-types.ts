import { didYouMean } from '../text/suggest.js';
import { describe, isBlank, scalarText, type Entry, type ParseContext, type ScalarList } from './nodes.js';
import type { Field, FieldTable, FieldType } from './spec.js';
import type { YMap, YNode, YScalar, YSeq } from './yaml/index.js';

/** Field types: which node each kind of field holds, and the check that a value has its field's shape. */

/** The node a field's value is once `checkType` has accepted it, by the field's kind. */
export type NodeOf<Kind extends FieldType['kind']> = Kind extends 'text' | 'boolean' | 'number' | 'enum' | 'version' | 'ref'
  ? YScalar
  : Kind extends 'refs' | 'texts'
    ? YScalar | ScalarList
    : Kind extends 'pairs'
      ? YSeq
      : Kind extends 'record'
        ? YMap
        : YNode;

/** The well-typed entries of a mapping read against `Table`, by key, each typed by its field's kind. */
export interface Fields<Table extends FieldTable> {
  get<Name extends keyof Table & string>(name: Name): Entry<NodeOf<Table[Name]['type']['kind']>> | undefined;
  has(name: string): boolean;
}

/** `subject` is what is wrong, as shown: `"title"`, `An item of "tags"`. */
function wrongType(ctx: ParseContext, subject: string, node: YNode, expected: string, hint?: string): false {
  ctx.report({
    code: 'wrong-type',
    message: `${subject} should be ${expected}, but it is ${describe(node)}.`,
    span: node,
    hint,
  });
  return false;
}

const isString = (node: YNode): node is YScalar & { value: string } => node.kind === 'scalar' && typeof node.value === 'string';

const isTextLike = (node: YNode): node is YScalar => node.kind === 'scalar' && node.value !== null;

/** Checks a value's shape (not its contents: records and objects are read by their builders). */
export function checkType(ctx: ParseContext, name: string, field: Field, node: YNode): boolean {
  const type: FieldType = field.type;
  switch (type.kind) {
    case 'text':
      if (!isTextLike(node)) return wrongType(ctx, `"${name}"`, node, 'text');
      if (scalarText(ctx, node).trim() === '') return wrongType(ctx, `"${name}"`, node, 'non-empty text');
      return true;
    case 'boolean':
      if (node.kind === 'scalar' && typeof node.value === 'boolean') return true;
      return wrongType(ctx, `"${name}"`, node, 'true or false');
    case 'number': {
      if (node.kind !== 'scalar' || typeof node.value !== 'number') return wrongType(ctx, `"${name}"`, node, 'a number');
      const { minimum = -Infinity, maximum = Infinity } = type;
      if (node.value >= minimum && node.value <= maximum) return true;
      return wrongType(ctx, `"${name}"`, node, `a number from ${minimum} to ${maximum}`);
    }
    case 'enum': {
      const value = node.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
      if (value !== undefined && type.values.includes(value)) return true;
      const choices = type.values.join(', ');
      return wrongType(ctx, `"${name}"`, node, `one of: ${choices}`, value === undefined ? undefined : didYouMean(value, type.values));
    }
    case 'version':
      if (node.kind === 'scalar' && node.value === type.value) return true;
      ctx.report({
        code: 'unsupported-version',
        message: `This map says "argmap: ${node.kind === 'scalar' ? scalarText(ctx, node) : describe(node)}", but this argmap reads format version ${type.value}.`,
        span: node,
        hint: `Write "argmap: ${type.value}". See docs/format.md.`,
      });
      return false;
    case 'ref':
      if (isString(node)) return true;
      return wrongType(ctx, `"${name}"`, node, 'an id', idHint(ctx, node));
    case 'refs':
    case 'texts': {
      const test = type.kind === 'refs' ? isString : (item: YNode) => isTextLike(item) && !isBlank(ctx, item);
      const expected = type.kind === 'refs' ? 'an id or a list of ids' : 'text or a list of texts';
      if (node.kind === 'scalar') return test(node) || wrongType(ctx, `"${name}"`, node, expected, idHint(ctx, node) ?? blankHint(ctx, node));
      if (node.kind !== 'seq') return wrongType(ctx, `"${name}"`, node, expected);
      const bad = node.items.find((item) => !test(item));
      return bad === undefined || wrongType(ctx, `An item of "${name}"`, bad, type.kind === 'refs' ? 'an id' : 'non-empty text', idHint(ctx, bad) ?? blankHint(ctx, bad));
    }
    case 'texts-or-objects': {
      // A mapping's own fields are read (and reported) by its builder.
      const test = (item: YNode) => item.kind === 'map' || (isTextLike(item) && !isBlank(ctx, item));
      if (node.kind === 'scalar') return test(node) || wrongType(ctx, `"${name}"`, node, 'text or a list of texts', blankHint(ctx, node));
      if (node.kind === 'map') return true;
      const bad = node.items.find((item) => !test(item));
      return bad === undefined || wrongType(ctx, `An item of "${name}"`, bad, 'non-empty text or a mapping with "text:"', blankHint(ctx, bad));
    }
    case 'pairs':
      if (node.kind === 'seq') return true;
      return wrongType(ctx, `"${name}"`, node, 'a list of pairs such as [a, b]');
    case 'object':
      if (node.kind === 'map') return true;
      if (type.shorthand && isTextLike(node)) return true;
      return wrongType(ctx, `"${name}"`, node, type.shorthand ? `a mapping or its ${type.shorthand} as text` : 'a mapping');
    case 'record':
      if (node.kind === 'map') return true;
      return wrongType(ctx, `"${name}"`, node, 'a mapping of ids to entries');
  }
}

function blankHint(ctx: ParseContext, node: YNode): string | undefined {
  return isBlank(ctx, node) ? 'Remove the blank item, or write what it should say.' : undefined;
}

/** For a number or true/false where an id belongs: ids are text. */
export function idHint(ctx: ParseContext, node: YNode): string | undefined {
  if (node.kind !== 'scalar' || node.value === null || typeof node.value === 'string') return undefined;
  const raw = ctx.text.slice(node.start, node.end);
  return `Ids are text. If "${raw}" is an id, write it in quotes: '${raw}'.`;
}
