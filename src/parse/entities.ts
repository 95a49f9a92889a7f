import type {
  Acceptance,
  Argument,
  ArgumentKind,
  Located,
  Quote,
  Ref,
  Speaker,
  SpeakerRole,
  SpeechAct,
  Statement,
  Span,
} from '../model/types.js';
import type { Fields } from './field-types.js';
import { readFields, type KeysSeen } from './fields.js';
import { blankSpan, capitalise, describe, isBlank, reportMissing, scalarText, type Entry, type ParseContext, type ScalarList } from './nodes.js';
import {
  ARGUMENT_FIELDS,
  ARGUMENT_TARGET_KEYS,
  QUOTE_FIELDS,
  SPEAKER_FIELDS,
  STATEMENT_FIELDS,
  type FieldTable,
} from './spec.js';
import type { YNode, YScalar } from './yaml/index.js';

/**
 * Readers for one entry of an id-keyed section (a speaker, a statement, an
 * argument). Each turns a small YAML subtree into model data, so the parser
 * can convert entries as they are read and never hold a whole big section as
 * a tree.
 */

export const span = (node: Span): Span => ({ start: node.start, end: node.end });
export const ref = (node: YScalar): Ref => ({ id: node.value as string, span: span(node) });
export const refs = (node: YScalar | ScalarList): Ref[] => (node.kind === 'seq' ? node.items.map(ref) : [ref(node)]);
export const located = (ctx: ParseContext, node: YScalar): Located => ({ value: scalarText(ctx, node), span: span(node) });

/** The text of a field of kind text, when given. */
export function optionalText<Table extends FieldTable>(ctx: ParseContext, fields: Fields<Table>, name: TextField<Table>): string | undefined {
  const entry = fields.get(name) as Entry<YScalar> | undefined;
  return entry ? scalarText(ctx, entry.value) : undefined;
}

/** The names of a table's text fields. */
type TextField<Table extends FieldTable> = { [Name in keyof Table & string]: Table[Name]['type']['kind'] extends 'text' ? Name : never }[keyof Table & string];

export function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** `keySpan`, in each reader, is the entity's span: its key's, made once by the section's reader (records.ts). */
export function readSpeaker(ctx: ParseContext, id: string, key: YScalar, value: YNode, keySpan: Span): Speaker {
  const fields = objectFields(ctx, value, SPEAKER_FIELDS, 'name', () => `speaker "${id}"`, key);
  const speaker: Speaker = { id, span: keySpan, name: optionalText(ctx, fields, 'name') ?? id };
  const role = fields.get('role');
  if (role) speaker.role = role.value.value as SpeakerRole;
  return speaker;
}

/*
 * SPEAKER_SLOT: a statement's and an argument's `speaker` is only known once
 * references are resolved, but it is made with the object, unset: a property
 * added to an object after it is made goes into a second object of its own,
 * one more per entity to allocate and for the garbage collector to copy
 * (about 4% of parsing a 100,000-statement map).
 */

export function readStatement(ctx: ParseContext, id: string, key: YScalar, value: YNode, keySpan: Span): Statement {
  const fields = objectFields(ctx, value, STATEMENT_FIELDS, 'text', () => `statement "${id}"`, key);
  const text = fields.get('text');
  const statement: Statement = {
    id,
    span: keySpan,
    text: text ? scalarText(ctx, text.value) : '',
    textSpan: span(text ? text.value : key),
    quotes: quotes(ctx, fields.get('quote'), id),
    tags: texts(ctx, fields.get('tags')),
    implicit: fields.get('implicit')?.value.value === true,
    // Set when references are resolved; made here so that V8 keeps it in the object (SPEAKER_SLOT).
    speaker: undefined,
  };
  const speaker = fields.get('speaker');
  if (speaker) statement.speakerRef = ref(speaker.value);
  setIf(statement, 'saidBy', optionalRefs(fields.get('said-by')));
  setIf(statement, 'endorsedBy', optionalRefs(fields.get('endorsed-by')));
  setIf(statement, 'act', speechAct(fields.get('act')));
  setIf(statement, 'note', optionalText(ctx, fields, 'note'));
  readReserved(fields, statement);
  return statement;
}

/** An argument, or undefined when it has no target to attach to (reported). */
export function readArgument(ctx: ParseContext, id: string, key: YScalar, value: YNode, keySpan: Span): Argument | undefined {
  const seen: KeysSeen = { names: [], keys: [], misspelt: [] };
  const fields = objectFields(ctx, value, ARGUMENT_FIELDS, undefined, () => `argument "${id}"`, key, seen);
  // A target given with the wrong type was reported as such: it is not also missing.
  const targets = seen.names.filter(isTargetKey);
  if (value.kind === 'map' && targets.length === 0) {
    // A misspelt target ("attack:") was reported as an unknown key with a
    // "did you mean"; saying "no target" as well would only repeat it.
    if (seen.misspelt.some(isTargetKey)) return undefined;
    ctx.report({
      code: 'missing-target',
      message: `Argument "${id}" has no target.`,
      span: key,
      hint: 'Add "supports: ID" or "attacks: ID" (a statement), or "undercuts: ID" (an argument).',
    });
    return undefined;
  }
  if (targets.length > 1) {
    ctx.report({
      code: 'several-targets',
      message: `Argument "${id}" has ${targets.map((name) => `"${name}"`).join(' and ')}; an argument has exactly one target.`,
      span: seen.keys[seen.names.indexOf(targets[1]!)]!,
      hint: 'Split it into one argument per target.',
    });
  }
  const targetKey = ARGUMENT_TARGET_KEYS.find((name) => fields.has(name));
  if (targetKey === undefined) return undefined;
  const kind: ArgumentKind = targetKey === 'supports' ? 'support' : targetKey === 'attacks' ? 'attack' : 'undercut';
  const premises = fields.get('premises');
  const argument: Argument = {
    id,
    span: keySpan,
    kind,
    target: ref(fields.get(targetKey)!.value),
    premises: premises ? refs(premises.value) : [],
    // As for statements (SPEAKER_SLOT).
    speaker: undefined,
  };
  setIf(argument, 'title', optionalText(ctx, fields, 'title'));
  setIf(argument, 'note', optionalText(ctx, fields, 'note'));
  const scheme = fields.get('scheme');
  if (scheme) argument.scheme = located(ctx, scheme.value);
  const speaker = fields.get('speaker');
  if (speaker) argument.speakerRef = ref(speaker.value);
  setIf(argument, 'endorsedBy', optionalRefs(fields.get('endorsed-by')));
  readReserved(fields, argument);
  if (premises && argument.premises.length === 0) {
    ctx.report({
      code: 'no-premises',
      message: `Argument "${id}" has no premises.`,
      span: premises.value,
      hint: 'List the statements that together make the argument, e.g. "premises: [a, b]".',
    });
  }
  return argument;
}

/** Fields from a map built here (a shorthand, or none): its entries were checked like readFields' own. */
const fieldsOf = <Table extends FieldTable>(entries: Map<string, Entry>): Fields<Table> => entries as Fields<FieldTable> as Fields<Table>;

const isTargetKey = (name: string): boolean => (ARGUMENT_TARGET_KEYS as readonly string[]).includes(name);

function texts(ctx: ParseContext, entry: Entry<YScalar | ScalarList> | undefined): Located[] {
  if (!entry) return [];
  const items = entry.value.kind === 'seq' ? entry.value.items : [entry.value];
  return items.map((item) => located(ctx, item));
}

/** A list of speaker ids, or undefined when the key is absent or its list empty (the same as none). */
function optionalRefs(entry: Entry<YScalar | ScalarList> | undefined): Ref[] | undefined {
  const list = entry ? refs(entry.value) : [];
  return list.length > 0 ? list : undefined;
}

const speechAct = (entry: Entry<YScalar> | undefined): SpeechAct | undefined => entry?.value.value as SpeechAct | undefined;

/** Quotes: each a text, or a mapping `{ text, act }` (its fields checked here; one without text is left out). */
function quotes(ctx: ParseContext, entry: Entry | undefined, id: string): Quote[] {
  if (!entry) return [];
  const items = entry.value.kind === 'seq' ? entry.value.items : [entry.value];
  const read: Quote[] = [];
  for (const item of items) {
    if (item.kind !== 'map') {
      read.push(located(ctx, item as YScalar)); // checkType let through only text or a mapping
      continue;
    }
    const fields = readFields(ctx, item, QUOTE_FIELDS, { what: () => `a quote of statement "${id}"`, span: { start: item.start, end: item.start } });
    const text = fields.get('text');
    if (!text) continue;
    const quote: Quote = located(ctx, text.value);
    setIf(quote, 'act', speechAct(fields.get('act')));
    read.push(quote);
  }
  return read;
}

function readReserved(fields: Fields<typeof STATEMENT_FIELDS | typeof ARGUMENT_FIELDS>, into: { acceptance?: Acceptance; weight?: number }): void {
  const acceptance = fields.get('acceptance');
  if (acceptance) into.acceptance = acceptance.value.value as Acceptance;
  const weight = fields.get('weight');
  if (weight) into.weight = weight.value.value as number;
}

/** An entity written as a mapping, or (when allowed) as the text of its shorthand field. */
function objectFields<Table extends FieldTable>(
  ctx: ParseContext,
  value: YNode,
  table: Table,
  shorthand: string | undefined,
  what: () => string,
  key: YScalar,
  seen?: KeysSeen,
): Fields<Table> {
  if (value.kind === 'map') return readFields(ctx, value, table, { what, span: key }, seen);
  if (shorthand && isBlank(ctx, value)) {
    reportMissing(ctx, capitalise(what()), shorthand, blankSpan({ key, value }), value, shorthandHint(key, shorthand));
    return fieldsOf(new Map());
  }
  if (shorthand && value.kind === 'scalar') return fieldsOf(new Map([[shorthand, { key, value }]]));
  ctx.report({
    code: 'wrong-type',
    message: `${capitalise(what())} should be a mapping${shorthand ? ` or its ${shorthand}` : ''}, but it is ${describe(value)}.`,
    span: blankSpan({ key, value }),
    hint: shorthand ? shorthandHint(key, shorthand) : undefined,
  });
  return fieldsOf(new Map());
}

const shorthandHint = (key: YScalar, shorthand: string): string =>
  `Write "${key.value}: ${shorthand === 'text' ? 'The claim, in your words.' : 'A name'}", or a mapping with "${shorthand}:".`;
