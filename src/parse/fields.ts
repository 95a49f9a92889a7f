import type { Span } from '../model/types.js';
import { closestMatch, didYouMeanHint } from '../text/suggest.js';
import { shorten } from '../text/shorten.js';
import { checkType, type Fields } from './field-types.js';
import { blankSpan, capitalise, isBlank, kindOf, reportMissing, type Entry, type ParseContext, type TextScalar } from './nodes.js';
import { EXTENSION_PREFIX, type Field, type FieldTable } from './spec.js';
import type { YMap, YNode, YScalar } from './yaml/index.js';

/** YAML merge keys (`<<`) would copy fields from elsewhere; maps spell fields out. */
export function reportMergeKey(ctx: ParseContext, key: YNode): void {
  ctx.report({
    code: 'yaml-merge-key',
    message: 'Merge keys (<<) are not supported in argmap maps.',
    span: key,
    hint: 'Write the fields out in each entry.',
  });
}

/** The key of a mapping entry, when it is text; undefined (reported) when it is not. */
export function textKey(ctx: ParseContext, key: YNode, what: string): TextScalar | undefined {
  if (key.kind === 'scalar' && typeof key.value === 'string') return key as TextScalar;
  const shown = key.kind === 'scalar' ? shorten(ctx.text.slice(key.start, key.end)) : kindOf(key);
  ctx.report({
    code: 'wrong-type',
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
export function readFields<Table extends FieldTable>(
  ctx: ParseContext,
  node: YMap,
  table: Table,
  /** `what` names the owner in messages ("statement "a""); it is only built when a message needs it. */
  owner: { what: string | (() => string); span: Span },
  /** Filled in, when given, with the keys the mapping gives and the fields unknown keys seem to mean. */
  seen?: KeysSeen,
): Fields<Table> {
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
    const key = textKey(ctx, pair.key, 'key');
    if (key === undefined) continue;
    const name = key.value;
    if (name.startsWith(EXTENSION_PREFIX)) continue;
    if (name === '<<') {
      reportMergeKey(ctx, key);
      continue;
    }
    const field = fieldsByName(table).get(name);
    if (!field) {
      const meant = closestMatch(name, Object.keys(table));
      if (meant !== undefined) (misspelt ??= []).push(meant);
      ctx.report({
        code: 'unknown-key',
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
  // checkType accepted each value's shape: here that becomes its type.
  return entries as Fields<FieldTable> as Fields<Table>;
}

/** What readFields saw of a mapping's keys, for rules a field table cannot state (exactly one target). */
export interface KeysSeen {
  /** Known keys given, well-typed or not, each once, in file order, with their nodes. */
  names: string[];
  keys: YScalar[];
  /** Fields that an unknown key looks like a misspelling of (reported with a "did you mean"). */
  misspelt: string[];
}

const byNameCache = new WeakMap<FieldTable, ReadonlyMap<string, Field>>();

/**
 * A table's fields by name, as a Map: a key read from a map is a new string
 * each time, which Object.hasOwn on the table looks up more slowly (a tenth
 * of reading the entries of a big map).
 */
function fieldsByName(table: FieldTable): ReadonlyMap<string, Field> {
  let byName = byNameCache.get(table);
  if (!byName) {
    byName = new Map(Object.entries(table));
    byNameCache.set(table, byName);
  }
  return byName;
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
