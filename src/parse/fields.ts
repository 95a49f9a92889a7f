import type { DiagnosticInput } from '../diagnostics/locate.js';
import type { Span } from '../model/types.js';
import { EXTENSION_PREFIX, type Field, type FieldTable, type FieldType } from './spec.js';
import { closestMatch, didYouMean, didYouMeanHint } from './suggest.js';
import { shorten } from '../text/shorten.js';
import type { YMap, YNode, YScalar } from './yaml-tree.js';

export interface ParseContext {
  text: string;
  report(problem: DiagnosticInput): void;
}

export interface Entry {
  key: YScalar;
  value: YNode;
}

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

/** YAML merge keys (`<<`) would copy fields from elsewhere; maps spell fields out. */
export function reportMergeKey(ctx: ParseContext, key: YNode): void {
  ctx.report({
    code: 'yaml-merge-key',
    severity: 'error',
    message: 'Merge keys (<<) are not supported in argmap maps.',
    span: key,
    hint: 'Write the fields out in each entry.',
  });
}

/**
 * A scalar's text as the author wrote it: `title: 1984` is "1984", and
 * `version: 1.10` keeps its trailing zero.
 */
export function scalarText(ctx: ParseContext, node: YScalar): string {
  return typeof node.value === 'string' ? node.value : ctx.text.slice(node.start, node.end);
}

/** The key of a mapping entry as a string, or undefined (reported) when it is not text. */
export function keyName(ctx: ParseContext, key: YNode, what: string): string | undefined {
  if (key.kind === 'scalar' && typeof key.value === 'string') return key.value;
  const shown = key.kind === 'scalar' ? shorten(ctx.text.slice(key.start, key.end)) : kindOf(key);
  ctx.report({
    code: 'wrong-type',
    severity: 'error',
    message:
      key.kind === 'scalar'
        ? `The ${what} ${shown} is read as ${kindOf(key) === 'empty' ? 'empty (null)' : kindOf(key)}; it must be text.`
        : `A ${what} cannot be ${shown}; it must be text.`,
    span: key,
    hint: key.kind === 'scalar' ? `Put it in quotes ('${shown}'), or use a name such as "s${shown}".` : undefined,
  });
  return undefined;
}

/**
 * Reads a mapping against a field table. Unknown keys (with a suggestion),
 * repeated keys, values of the wrong type and missing required fields are
 * reported; the well-typed entries come back by key.
 */
export function readFields(
  ctx: ParseContext,
  node: YMap,
  table: FieldTable,
  /** `what` names the owner in messages ("statement "a""); it is only built when a message needs it. */
  owner: { what: string | (() => string); span: Span },
  /** Filled in, when given, with the keys the mapping gives and the fields unknown keys seem to mean. */
  seen?: KeysSeen,
): Map<string, Entry> {
  const ownerName = () => (typeof owner.what === 'string' ? owner.what : owner.what());
  const entries = new Map<string, Entry>();
  // Keys given at all, well-typed or not: a field that is present but wrong
  // is reported as wrong, not also as missing. An entry has a handful of
  // keys, and a big map a few hundred thousand entries: arrays, not Maps.
  const givenNames: string[] = [];
  const givenKeys: YScalar[] = [];
  let blanks: Map<string, Entry> | undefined;
  // Fields an unknown key looks like a misspelling of ("txt" for "text"):
  // that key's "did you mean" says it all, so they are not also missing.
  let misspelt: string[] | undefined;
  for (const pair of node.pairs) {
    const name = keyName(ctx, pair.key, 'key');
    if (name === undefined) continue;
    const key = pair.key as YScalar;
    if (name.startsWith(EXTENSION_PREFIX)) continue;
    if (name === '<<') {
      reportMergeKey(ctx, key);
      continue;
    }
    const field = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!field) {
      const meant = closestMatch(name, Object.keys(table));
      if (meant !== undefined) (misspelt ??= []).push(meant);
      ctx.report({
        code: 'unknown-key',
        severity: 'error',
        message: `Unknown key "${shorten(name)}" in ${ownerName()}.`,
        span: key,
        hint: meant !== undefined ? didYouMeanHint(meant) : `Known keys: ${Object.keys(table).join(', ')}. Prefix your own keys with "x-".`,
      });
      continue;
    }
    const at = givenNames.indexOf(name);
    if (at !== -1) {
      const earlier = givenKeys[at]!;
      ctx.report({
        code: 'duplicate-key',
        severity: 'error',
        message: `"${name}" appears twice in ${ownerName()}.`,
        span: key,
        hint: 'Keep one of them; YAML would silently use only the last.',
        related: [{ message: 'first given here', span: earlier }],
      });
      continue;
    }
    givenNames.push(name);
    givenKeys.push(key);
    // A required text left blank is missing, not malformed: reported below.
    if (field.required && field.type.kind === 'text' && isBlank(ctx, pair.value)) (blanks ??= new Map()).set(name, { key, value: pair.value });
    else if (checkType(ctx, name, field, pair.value)) entries.set(name, { key, value: pair.value });
  }
  for (const [name, field] of requiredFields(table)) {
    const blank = blanks?.get(name);
    if (givenNames.includes(name) && !blank) continue;
    if (!blank && misspelt?.includes(name)) continue;
    const hint = `Add "${name}:" (${field.description.replace(/\.$/, '').toLowerCase()}).`;
    reportMissing(ctx, capitalise(ownerName()), name, blank ? blankSpan(blank) : owner.span, blank?.value, hint);
  }
  if (seen) Object.assign(seen, { names: givenNames, keys: givenKeys, misspelt: misspelt ?? [] });
  return entries;
}

/** What readFields saw of a mapping's keys, for rules a field table cannot state (exactly one target). */
export interface KeysSeen {
  /** Known keys given, well-typed or not, each once, in file order, with their nodes. */
  names: string[];
  keys: YScalar[];
  /** Fields that an unknown key looks like a misspelling of (reported with a "did you mean"). */
  misspelt: string[];
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
    severity: 'error',
    message: blank ? `${owner} has no "${name}": it is ${kindOf(blank) === 'empty' ? 'empty' : 'blank'}.` : `${owner} has no "${name}".`,
    span,
    hint,
  });
}

const requiredCache = new WeakMap<FieldTable, [string, Field][]>();

function requiredFields(table: FieldTable): [string, Field][] {
  let required = requiredCache.get(table);
  if (!required) {
    required = Object.entries(table).filter(([, field]) => field.required);
    requiredCache.set(table, required);
  }
  return required;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `subject` is what is wrong, as shown: `"title"`, `An item of "tags"`. */
function wrongType(ctx: ParseContext, subject: string, node: YNode, expected: string, hint?: string): false {
  ctx.report({
    code: 'wrong-type',
    severity: 'error',
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
        severity: 'error',
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
