import type {
  ArgMap,
  Argument,
  ArgumentKind,
  Contradiction,
  Located,
  Ref,
  RuleLevel,
  SourceInfo,
  Speaker,
  SpeakerRole,
  Statement,
  Acceptance,
} from '../model/types.js';
import { describe, keyName, readFields, reportMergeKey, scalarText, type Entry, type ParseContext } from './fields.js';
import { shorten } from '../text/shorten.js';
import {
  ARGUMENT_FIELDS,
  ARGUMENT_TARGET_KEYS,
  ID_REGEXP,
  MAP_FIELDS,
  MAX_ID_LENGTH,
  RULE_LEVELS,
  SOURCE_FIELDS,
  SPEAKER_FIELDS,
  STATEMENT_FIELDS,
  type FieldTable,
} from './spec.js';
import { didYouMean } from './suggest.js';
import type { YMap, YNode, YScalar } from './yaml-tree.js';

/**
 * Stage two of parsing: the YAML tree to the model. Each entity is read
 * against its field table; references are kept as written and resolved
 * afterwards (see references.ts), once every id is known.
 */

export function emptyMap(file: string): ArgMap {
  return { file, version: 1, speakers: [], theses: [], statements: [], arguments: [], contradictions: [], checks: [] };
}

export function buildMap(ctx: ParseContext, root: YNode | undefined, file: string): ArgMap {
  const map = emptyMap(file);
  if (!root || (root.kind === 'scalar' && root.value === null)) {
    ctx.report({
      code: 'empty-map',
      severity: 'error',
      message: 'The file is empty.',
      span: { start: 0, end: 0 },
      hint: 'A map starts with "argmap: 1" and a "statements:" section. See docs/format.md, or copy maps/example.yaml.',
    });
    return map;
  }
  if (root.kind !== 'map') {
    ctx.report({
      code: 'not-a-mapping',
      severity: 'error',
      message: `A map must be a YAML mapping of keys such as "argmap:" and "statements:", but this file is ${describe(root)}.`,
      span: { start: root.start, end: root.start + 1 },
      hint: 'Start the file with "argmap: 1" on its own line. See docs/format.md.',
    });
    return map;
  }

  const top = readFields(ctx, root, MAP_FIELDS, { what: 'the map', span: { start: root.start, end: root.start } });
  const text = (name: string, from = top) => {
    const entry = from.get(name);
    return entry ? scalarText(ctx, entry.value as YScalar) : undefined;
  };
  setIf(map, 'title', text('title'));
  setIf(map, 'note', text('note'));

  const theses = top.get('theses');
  if (theses) map.theses = refs(theses.value);

  const sourceEntry = top.get('source');
  if (sourceEntry?.value.kind === 'map') {
    const fields = readFields(ctx, sourceEntry.value, SOURCE_FIELDS, { what: 'the source', span: sourceEntry.key });
    const source: SourceInfo = {};
    for (const name of ['title', 'author', 'date', 'url'] as const) setIf(source, name, text(name, fields));
    const fileEntry = fields.get('file');
    if (fileEntry) source.file = located(ctx, fileEntry.value as YScalar);
    map.source = source;
  }

  forEachRecordEntry(ctx, top.get('speakers'), 'speaker', (id, key, value) => {
    const fields = objectFields(ctx, value, SPEAKER_FIELDS, 'name', `speaker "${id}"`, key);
    const name = fields.get('name');
    const speaker: Speaker = { id, span: key, name: name ? scalarText(ctx, name.value as YScalar) : id };
    const role = fields.get('role');
    if (role) speaker.role = (role.value as YScalar).value as SpeakerRole;
    map.speakers.push(speaker);
  });

  forEachRecordEntry(ctx, top.get('statements'), 'statement', (id, key, value) => {
    const fields = objectFields(ctx, value, STATEMENT_FIELDS, 'text', `statement "${id}"`, key);
    const textEntry = fields.get('text');
    const statement: Statement = {
      id,
      span: key,
      text: textEntry ? scalarText(ctx, textEntry.value as YScalar) : '',
      textSpan: textEntry ? span(textEntry.value) : key,
      quotes: texts(ctx, fields.get('quote')),
      tags: texts(ctx, fields.get('tags')),
      implicit: (fields.get('implicit')?.value as YScalar | undefined)?.value === true,
    };
    const speaker = fields.get('speaker');
    if (speaker) statement.speakerRef = ref(speaker.value as YScalar);
    setIf(statement, 'note', text('note', fields));
    readReserved(fields, statement);
    map.statements.push(statement);
  });

  forEachRecordEntry(ctx, top.get('arguments'), 'argument', (id, key, value) => {
    const fields = objectFields(ctx, value, ARGUMENT_FIELDS, undefined, `argument "${id}"`, key);
    const targets = ARGUMENT_TARGET_KEYS.filter((name) => fields.has(name));
    if (targets.length !== 1) {
      ctx.report({
        code: targets.length === 0 ? 'missing-target' : 'several-targets',
        severity: 'error',
        message:
          targets.length === 0
            ? `Argument "${id}" has no target.`
            : `Argument "${id}" has ${targets.map((name) => `"${name}"`).join(' and ')}; an argument has exactly one target.`,
        span: targets.length === 0 ? key : span(fields.get(targets[1]!)!.key),
        hint:
          targets.length === 0
            ? 'Add "supports: ID" or "attacks: ID" (a statement), or "undercuts: ID" (an argument).'
            : 'Split it into one argument per target.',
      });
      if (targets.length === 0) return;
    }
    const targetKey = targets[0]!;
    const kind: ArgumentKind = targetKey === 'supports' ? 'support' : targetKey === 'attacks' ? 'attack' : 'undercut';
    const premises = fields.get('premises');
    const argument: Argument = {
      id,
      span: key,
      kind,
      target: ref(fields.get(targetKey)!.value as YScalar),
      premises: premises ? refs(premises.value) : [],
    };
    setIf(argument, 'title', text('title', fields));
    setIf(argument, 'note', text('note', fields));
    const scheme = fields.get('scheme');
    if (scheme) argument.scheme = located(ctx, scheme.value as YScalar);
    const speaker = fields.get('speaker');
    if (speaker) argument.speakerRef = ref(speaker.value as YScalar);
    readReserved(fields, argument);
    if (premises && argument.premises.length === 0) {
      ctx.report({
        code: 'no-premises',
        severity: 'error',
        message: `Argument "${id}" has no premises.`,
        span: span(premises.value),
        hint: 'List the statements that together make the argument, e.g. "premises: [a, b]".',
      });
    }
    map.arguments.push(argument);
  });

  const contradictions = top.get('contradictions');
  if (contradictions?.value.kind === 'seq') {
    for (const item of contradictions.value.items) {
      const pair = item.kind === 'seq' ? item.items : [];
      if (item.kind !== 'seq' || pair.length !== 2 || pair.some((id) => id.kind !== 'scalar' || typeof id.value !== 'string')) {
        ctx.report({
          code: 'wrong-type',
          severity: 'error',
          message: `Each contradiction should be a pair of statement ids, but this is ${item.kind === 'seq' ? `a list of ${pair.length}` : describe(item)}.`,
          span: span(item),
          hint: 'Write it as "- [first-id, second-id]". For three claims that exclude each other, list each pair.',
        });
        continue;
      }
      const contradiction: Contradiction = { span: span(item), between: [ref(pair[0] as YScalar), ref(pair[1] as YScalar)] };
      map.contradictions.push(contradiction);
    }
  }

  forEachRecordEntry(
    ctx,
    top.get('checks'),
    'rule',
    (rule, key, value) => {
      const level = value.kind === 'scalar' ? ruleLevel(value.value) : undefined;
      if (!level) {
        ctx.report({
          code: 'wrong-type',
          severity: 'error',
          message: `The level of rule "${rule}" should be off, info, warning or error, but it is ${describe(value)}.`,
          span: value.kind === 'scalar' && value.value === null ? key : span(value),
          hint: didYouMean(value.kind === 'scalar' ? String(value.value) : '', RULE_LEVELS),
        });
        return;
      }
      map.checks.push({ rule, level, span: key });
    },
    { idSyntax: false },
  );

  return map;
}

const span = (node: { start: number; end: number }) => ({ start: node.start, end: node.end });
const ref = (node: YScalar): Ref => ({ id: node.value as string, span: span(node) });
const refs = (node: YNode): Ref[] =>
  node.kind === 'seq' ? node.items.map((item) => ref(item as YScalar)) : [ref(node as YScalar)];
const located = (ctx: ParseContext, node: YScalar): Located => ({ value: scalarText(ctx, node), span: span(node) });

function texts(ctx: ParseContext, entry: Entry | undefined): Located[] {
  if (!entry) return [];
  const items = entry.value.kind === 'seq' ? entry.value.items : [entry.value];
  return items.map((item) => located(ctx, item as YScalar));
}

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
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
  what: string,
  key: YScalar,
): Map<string, Entry> {
  if (value.kind === 'map') return readFields(ctx, value, table, { what, span: key });
  if (shorthand && value.kind === 'scalar' && value.value !== null && scalarText(ctx, value).trim() !== '') {
    return new Map([[shorthand, { key, value }]]);
  }
  ctx.report({
    code: 'wrong-type',
    severity: 'error',
    message: `${what.charAt(0).toUpperCase()}${what.slice(1)} should be a mapping${shorthand ? ` or its ${shorthand}` : ''}, but it is ${describe(value)}.`,
    span: value.kind === 'scalar' && value.value === null ? key : span(value),
    hint: shorthand ? `Write "${key.value}: ${shorthand === 'text' ? 'The claim, in your words.' : 'A name'}", or a mapping with "${shorthand}:".` : undefined,
  });
  return new Map();
}

/** Visits each entry of an id-keyed section, reporting bad ids and repeated ids. */
function forEachRecordEntry(
  ctx: ParseContext,
  entry: Entry | undefined,
  what: string,
  visit: (id: string, key: YScalar, value: YNode) => void,
  options: { idSyntax?: boolean } = {},
): void {
  if (!entry || entry.value.kind !== 'map') return;
  const section: YMap = entry.value;
  const seen = new Map<string, YScalar>();
  for (const pair of section.pairs) {
    const id = keyName(ctx, pair.key, `${what} id`);
    if (id === undefined) continue;
    const key = pair.key as YScalar;
    if (id === '<<') {
      reportMergeKey(ctx, key);
      continue;
    }
    if (options.idSyntax !== false && !isValidId(id)) {
      ctx.report({
        code: 'invalid-id',
        severity: 'error',
        message: `"${shorten(id)}" is not a valid ${what} id.`,
        span: key,
        hint:
          id.length > MAX_ID_LENGTH
            ? `Ids are at most ${MAX_ID_LENGTH} characters.`
            : 'Ids use letters, digits, "_", "-" and ".", and start with a letter, digit or "_" (e.g. "nato-veto").',
      });
      continue;
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
      continue;
    }
    seen.set(id, key);
    visit(id, key, pair.value);
  }
}

/** A rule level as written in a map or on the command line; "warn" is short for "warning". */
export function ruleLevel(value: unknown): RuleLevel | undefined {
  if (value === 'warn') return 'warning';
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value) ? (value as RuleLevel) : undefined;
}

export function isValidId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ID_REGEXP.test(id);
}
