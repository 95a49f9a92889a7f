import type {
  Acceptance,
  Argument,
  ArgumentKind,
  Located,
  Quote,
  Ref,
  RuleLevel,
  Speaker,
  SpeakerRole,
  SpeechAct,
  Statement,
  Span,
} from '../model/types.js';
import { shorten } from '../text/shorten.js';
import {
  blankSpan,
  capitalise,
  describe,
  isBlank,
  keyName,
  readFields,
  reportMergeKey,
  reportMissing,
  scalarText,
  type Entry,
  type KeysSeen,
  type ParseContext,
} from './fields.js';
import {
  ARGUMENT_FIELDS,
  ARGUMENT_TARGET_KEYS,
  ID_REGEXP,
  MAX_ID_LENGTH,
  QUOTE_FIELDS,
  RULE_ID_PATTERN,
  RULE_LEVELS,
  SPEAKER_FIELDS,
  STATEMENT_FIELDS,
  type FieldTable,
} from './spec.js';
import type { YNode, YScalar } from './yaml-tree.js';

/**
 * Readers for one entry of an id-keyed section (a speaker, a statement, an
 * argument). Each turns a small YAML subtree into model data, so the parser
 * can convert entries as they are read and never hold a whole big section as
 * a tree.
 */

export const span = (node: Span): Span => ({ start: node.start, end: node.end });
export const ref = (node: YScalar): Ref => ({ id: node.value as string, span: span(node) });
export const refs = (node: YNode): Ref[] =>
  node.kind === 'seq' ? node.items.map((item) => ref(item as YScalar)) : [ref(node as YScalar)];
export const located = (ctx: ParseContext, node: YScalar): Located => ({ value: scalarText(ctx, node), span: span(node) });

export function optionalText(ctx: ParseContext, fields: Map<string, Entry>, name: string): string | undefined {
  const entry = fields.get(name);
  return entry ? scalarText(ctx, entry.value as YScalar) : undefined;
}

export function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

export function readSpeaker(ctx: ParseContext, id: string, key: YScalar, value: YNode): Speaker {
  const fields = objectFields(ctx, value, SPEAKER_FIELDS, 'name', () => `speaker "${id}"`, key);
  const speaker: Speaker = { id, span: span(key), name: optionalText(ctx, fields, 'name') ?? id };
  const role = fields.get('role');
  if (role) speaker.role = (role.value as YScalar).value as SpeakerRole;
  return speaker;
}

export function readStatement(ctx: ParseContext, id: string, key: YScalar, value: YNode): Statement {
  const fields = objectFields(ctx, value, STATEMENT_FIELDS, 'text', () => `statement "${id}"`, key);
  const text = fields.get('text');
  const statement: Statement = {
    id,
    span: span(key),
    text: text ? scalarText(ctx, text.value as YScalar) : '',
    textSpan: span(text ? text.value : key),
    quotes: quotes(ctx, fields.get('quote'), id),
    tags: texts(ctx, fields.get('tags')),
    implicit: (fields.get('implicit')?.value as YScalar | undefined)?.value === true,
  };
  const speaker = fields.get('speaker');
  if (speaker) statement.speakerRef = ref(speaker.value as YScalar);
  setIf(statement, 'saidBy', optionalRefs(fields, 'said-by'));
  setIf(statement, 'endorsedBy', optionalRefs(fields, 'endorsed-by'));
  setIf(statement, 'act', speechAct(fields));
  setIf(statement, 'note', optionalText(ctx, fields, 'note'));
  readReserved(fields, statement);
  return statement;
}

/** An argument, or undefined when it has no target to attach to (reported). */
export function readArgument(ctx: ParseContext, id: string, key: YScalar, value: YNode): Argument | undefined {
  const seen: KeysSeen = { names: [], keys: [], misspelt: [] };
  const fields = objectFields(ctx, value, ARGUMENT_FIELDS, undefined, () => `argument "${id}"`, key, seen);
  // A target given with the wrong type was reported as such: it is not also missing.
  const targets = seen.names.flatMap((name, i) => (isTargetKey(name) ? [{ name, key: seen.keys[i]! }] : []));
  if (value.kind === 'map' && targets.length === 0) {
    // A misspelt target ("attack:") was reported as an unknown key with a
    // "did you mean"; saying "no target" as well would only repeat it.
    if (seen.misspelt.some(isTargetKey)) return undefined;
    ctx.report({
      code: 'missing-target',
      severity: 'error',
      message: `Argument "${id}" has no target.`,
      span: key,
      hint: 'Add "supports: ID" or "attacks: ID" (a statement), or "undercuts: ID" (an argument).',
    });
    return undefined;
  }
  if (targets.length > 1) {
    ctx.report({
      code: 'several-targets',
      severity: 'error',
      message: `Argument "${id}" has ${targets.map(({ name }) => `"${name}"`).join(' and ')}; an argument has exactly one target.`,
      span: targets[1]!.key,
      hint: 'Split it into one argument per target.',
    });
  }
  const targetKey = ARGUMENT_TARGET_KEYS.find((name) => fields.has(name));
  if (targetKey === undefined) return undefined;
  const kind: ArgumentKind = targetKey === 'supports' ? 'support' : targetKey === 'attacks' ? 'attack' : 'undercut';
  const premises = fields.get('premises');
  const argument: Argument = {
    id,
    span: span(key),
    kind,
    target: ref(fields.get(targetKey)!.value as YScalar),
    premises: premises ? refs(premises.value) : [],
  };
  setIf(argument, 'title', optionalText(ctx, fields, 'title'));
  setIf(argument, 'note', optionalText(ctx, fields, 'note'));
  const scheme = fields.get('scheme');
  if (scheme) argument.scheme = located(ctx, scheme.value as YScalar);
  const speaker = fields.get('speaker');
  if (speaker) argument.speakerRef = ref(speaker.value as YScalar);
  setIf(argument, 'endorsedBy', optionalRefs(fields, 'endorsed-by'));
  readReserved(fields, argument);
  if (premises && argument.premises.length === 0) {
    ctx.report({
      code: 'no-premises',
      severity: 'error',
      message: `Argument "${id}" has no premises.`,
      span: premises.value,
      hint: 'List the statements that together make the argument, e.g. "premises: [a, b]".',
    });
  }
  return argument;
}

const isTargetKey = (name: string): boolean => (ARGUMENT_TARGET_KEYS as readonly string[]).includes(name);

function texts(ctx: ParseContext, entry: Entry | undefined): Located[] {
  if (!entry) return [];
  const items = entry.value.kind === 'seq' ? entry.value.items : [entry.value];
  return items.map((item) => located(ctx, item as YScalar));
}

/** A list of speaker ids, or undefined when the key is absent or its list empty (the same as none). */
function optionalRefs(fields: Map<string, Entry>, name: string): Ref[] | undefined {
  const entry = fields.get(name);
  const list = entry ? refs(entry.value) : [];
  return list.length > 0 ? list : undefined;
}

const speechAct = (fields: Map<string, Entry>): SpeechAct | undefined => (fields.get('act')?.value as YScalar | undefined)?.value as SpeechAct | undefined;

/** Quotes: each a text, or a mapping `{ text, act }` (its fields checked here; one without text is left out). */
function quotes(ctx: ParseContext, entry: Entry | undefined, id: string): Quote[] {
  if (!entry) return [];
  const items = entry.value.kind === 'seq' ? entry.value.items : [entry.value];
  const read: Quote[] = [];
  for (const item of items) {
    if (item.kind !== 'map') {
      read.push(located(ctx, item as YScalar));
      continue;
    }
    const fields = readFields(ctx, item, QUOTE_FIELDS, { what: () => `a quote of statement "${id}"`, span: { start: item.start, end: item.start } });
    const text = fields.get('text');
    if (!text) continue;
    const quote: Quote = located(ctx, text.value as YScalar);
    setIf(quote, 'act', speechAct(fields));
    read.push(quote);
  }
  return read;
}

function readReserved(fields: Map<string, Entry>, into: { acceptance?: Acceptance; weight?: number }): void {
  const acceptance = fields.get('acceptance');
  if (acceptance) into.acceptance = (acceptance.value as YScalar).value as Acceptance;
  const weight = fields.get('weight');
  if (weight) into.weight = (weight.value as YScalar).value as number;
}

/** An entity written as a mapping, or (when allowed) as the text of its shorthand field. */
function objectFields(
  ctx: ParseContext,
  value: YNode,
  table: FieldTable,
  shorthand: string | undefined,
  what: () => string,
  key: YScalar,
  seen?: KeysSeen,
): Map<string, Entry> {
  if (value.kind === 'map') return readFields(ctx, value, table, { what, span: key }, seen);
  if (shorthand && isBlank(ctx, value)) {
    reportMissing(ctx, capitalise(what()), shorthand, blankSpan({ key, value }), value, shorthandHint(key, shorthand));
    return new Map();
  }
  if (shorthand && value.kind === 'scalar') return new Map([[shorthand, { key, value }]]);
  ctx.report({
    code: 'wrong-type',
    severity: 'error',
    message: `${capitalise(what())} should be a mapping${shorthand ? ` or its ${shorthand}` : ''}, but it is ${describe(value)}.`,
    span: blankSpan({ key, value }),
    hint: shorthand ? shorthandHint(key, shorthand) : undefined,
  });
  return new Map();
}

const shorthandHint = (key: YScalar, shorthand: string): string =>
  `Write "${key.value}: ${shorthand === 'text' ? 'The claim, in your words.' : 'A name'}", or a mapping with "${shorthand}:".`;

/** What a section's ids may look like, and the hint for one that does not. */
export interface IdSyntax {
  valid(id: string): boolean;
  hint(id: string): string;
}

const ENTITY_IDS: IdSyntax = {
  valid: (id) => isValidId(id),
  hint: (id) =>
    isTooLong(id)
      ? `Ids are at most ${MAX_ID_LENGTH} characters.`
      : 'Ids use letters, digits, "_", "-" and ".", and start with a letter, digit or "_" (e.g. "nato-veto").',
};

const RULE_ID_REGEXP = new RegExp(RULE_ID_PATTERN);

/** Rule ids under `checks:`: the schema's key pattern, so editors and the parser agree. */
export const RULE_IDS: IdSyntax = {
  valid: (id) => RULE_ID_REGEXP.test(id),
  hint: () => 'Rule ids are lower case: letters, digits and "-" (e.g. "single-premise"). `argmap rules` lists them.',
};

/**
 * Reads the entries of one id-keyed section, one at a time: checks each id
 * (text, valid, not repeated) and hands the good ones to `visit`.
 */
export function recordReader(
  ctx: ParseContext,
  what: string,
  visit: (id: string, key: YScalar, value: YNode) => void,
  syntax: IdSyntax = ENTITY_IDS,
  rejected?: Set<string>,
): (key: YNode, value: YNode) => void {
  const seen = new Map<string, YScalar>();
  const idWhat = `${what} id`;
  return (keyNode, value) => {
    const id = keyName(ctx, keyNode, idWhat);
    if (id === undefined) return;
    const key = keyNode as YScalar;
    if (id === '<<') return reportMergeKey(ctx, key);
    if (!syntax.valid(id)) {
      ctx.report({
        code: 'invalid-id',
        severity: 'error',
        message: `"${shorten(id)}" is not a valid ${what} id.`,
        span: key,
        hint: syntax.hint(id),
      });
      // Kept so that references to it are not also reported as unknown.
      rejected?.add(id);
      return;
    }
    const earlier = seen.get(id);
    if (earlier) {
      ctx.report({
        code: 'duplicate-id',
        severity: 'error',
        message: `The ${what} id "${id}" is used twice.`,
        span: key,
        hint: 'Give each one its own id.',
        related: [{ message: 'first used here', span: earlier }],
      });
      return;
    }
    seen.set(id, key);
    visit(id, key, value);
  };
}

/** A rule level as written in a map or on the command line; "warn" is short for "warning". */
export function ruleLevel(value: unknown): RuleLevel | undefined {
  if (value === 'warn') return 'warning';
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value) ? (value as RuleLevel) : undefined;
}

// Nearly every id is ASCII; the Unicode pattern is only needed for the rest.
const ASCII_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function isValidId(id: string): boolean {
  return !isTooLong(id) && (ASCII_ID.test(id) || ID_REGEXP.test(id));
}

/** Longer than MAX_ID_LENGTH characters, counted as the JSON Schema's maxLength counts them: in code points. */
function isTooLong(id: string): boolean {
  if (id.length <= MAX_ID_LENGTH) return false;
  let count = 0;
  for (const _ of id) if (++count > MAX_ID_LENGTH) return true;
  return false;
}
