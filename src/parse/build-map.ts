import type { ArgMap, Contradiction, SourceInfo, Span } from '../model/types.js';
import {
  located,
  optionalText,
  readArgument,
  readSpeaker,
  readStatement,
  ref,
  refs,
  setIf,
  span,
} from './entities.js';
import { recordReader, RULE_IDS } from './records.js';
import { idHint } from './field-types.js';
import { readFields } from './fields.js';
import { blankSpan, describe, type Entry, type ParseContext, type TextScalar } from './nodes.js';
import { EXPECT_FIELDS, MAP_FIELDS, SOURCE_FIELDS } from './spec.js';
import { RULE_LEVELS, ruleLevel } from '../model/rule-levels.js';
import { didYouMean } from '../text/suggest.js';
import type { SectionSink, YNode } from './yaml/index.js';

/**
 * Stage two of parsing: the YAML tree to the model. The big id-keyed sections
 * (statements, arguments, speakers) are read entry by entry as the YAML stage
 * finishes each one (see `sink`), so a large map is never held as a whole
 * tree; everything else is read from the tree in `finish`. References are
 * kept as written and resolved afterwards (references.ts).
 */

/** The id-keyed sections whose entries are read as the YAML stage finishes each one. */
const STREAMED_SECTIONS = ['speakers', 'statements', 'arguments'] as const;
type StreamedSection = (typeof STREAMED_SECTIONS)[number];

export function emptyMap(file: string): ArgMap {
  return { file, version: 1, speakers: [], theses: [], statements: [], arguments: [], contradictions: [], checks: [] };
}

export interface RejectedIds {
  statement: Set<string>;
  argument: Set<string>;
  speaker: Set<string>;
}

/**
 * The statements' and arguments' ids, each with its entity's span, as the
 * sections' readers find them (records.ts), so that resolving references
 * need not index a big map a second time. `argument` holds, until then, the
 * arguments left out when read too; resolveReferences removes those, and
 * any whose id a statement has.
 */
export interface IdIndex {
  statement: Map<string, Span>;
  argument: Map<string, Span>;
}

export interface MapBuilder {
  /** Receives section entries while the YAML is being read. */
  sink: SectionSink;
  /** Reads the rest of the tree and returns the map. */
  finish(root: YNode | undefined): ArgMap;
  /** Ids of entries left out for a problem already reported (an invalid id, no target…), by kind. */
  readonly rejected: RejectedIds;
  /** The ids read so far, for resolving references (which changes it). */
  readonly index: IdIndex;
}

export function createMapBuilder(ctx: ParseContext, file: string, onRestart: () => void = () => undefined): MapBuilder {
  // Everything a read builds up (the map, the ids left out, the ids each section has seen), made afresh when a read starts over.
  const fresh = () => {
    const map = emptyMap(file);
    const rejected: RejectedIds = { statement: new Set(), argument: new Set(), speaker: new Set() };
    const index: IdIndex = { statement: new Map(), argument: new Map() };
    const sections: Record<StreamedSection, (key: YNode, value: YNode) => void> = {
      speakers: recordReader(ctx, 'speaker', (id, key, value, keySpan) => {
        map.speakers.push(readSpeaker(ctx, id, key, value, keySpan));
      }, undefined, rejected.speaker),
      statements: recordReader(ctx, 'statement', (id, key, value, keySpan) => {
        map.statements.push(readStatement(ctx, id, key, value, keySpan));
      }, undefined, rejected.statement, index.statement),
      arguments: recordReader(ctx, 'argument', (id, key, value, keySpan) => {
        const argument = readArgument(ctx, id, key, value, keySpan);
        if (argument) map.arguments.push(argument);
        else rejected.argument.add(id);
      }, undefined, rejected.argument, index.argument),
    };
    return { map, rejected, index, sections };
  };
  let state = fresh();

  return {
    get rejected() {
      return state.rejected;
    },
    get index() {
      return state.index;
    },
    sink: {
      sections: new Set(STREAMED_SECTIONS),
      entry: (section, key, value) => state.sections[section as StreamedSection]?.(key, value),
      restart() {
        state = fresh();
        onRestart();
      },
    },
    finish(root) {
      const { map, sections } = state;
      if (!isTopMapping(ctx, root)) return map;
      const top = readFields(ctx, root, MAP_FIELDS, { what: 'the map', span: { start: root.start, end: root.start } });
      setIf(map, 'title', optionalText(ctx, top, 'title'));
      setIf(map, 'note', optionalText(ctx, top, 'note'));
      const theses = top.get('theses');
      if (theses) map.theses = refs(theses.value);
      readSource(ctx, top.get('source'), map);
      // Entries streamed during the YAML stage are gone from the tree, so
      // these loops only see sections that could not be streamed.
      for (const name of STREAMED_SECTIONS) forEachPair(top.get(name), sections[name]);
      readContradictions(ctx, top.get('contradictions'), map);
      readExpect(ctx, top.get('expect'), map);
      forEachPair(top.get('checks'), recordReader(ctx, 'rule', (rule, key, value, keySpan) => {
        const level = value.kind === 'scalar' ? ruleLevel(value.value) : undefined;
        if (level) {
          map.checks.push({ rule, level, span: keySpan });
          return;
        }
        ctx.report({
          code: 'wrong-type',
          message: `The level of rule "${rule}" should be off, info, warning or error, but it is ${describe(value)}.`,
          span: blankSpan({ key, value }),
          hint: didYouMean(value.kind === 'scalar' ? String(value.value) : '', RULE_LEVELS),
        });
      }, RULE_IDS));
      return map;
    },
  };
}

function isTopMapping(ctx: ParseContext, root: YNode | undefined): root is YNode & { kind: 'map' } {
  if (!root || (root.kind === 'scalar' && root.value === null)) {
    ctx.report({
      code: 'empty-map',
      message: 'The file is empty.',
      span: { start: 0, end: 0 },
      hint: 'A map starts with "argmap: 1" and a "statements:" section. See docs/format.md, or copy maps/example.yaml.',
    });
    return false;
  }
  if (root.kind !== 'map') {
    ctx.report({
      code: 'not-a-mapping',
      message: `A map must be a YAML mapping of keys such as "argmap:" and "statements:", but this file is ${describe(root)}.`,
      span: { start: root.start, end: root.start + 1 },
      hint: 'Start the file with "argmap: 1" on its own line. See docs/format.md.',
    });
    return false;
  }
  return true;
}

const isText = (node: YNode): node is TextScalar => node.kind === 'scalar' && typeof node.value === 'string';

function forEachPair(entry: Entry | undefined, read: (key: YNode, value: YNode) => void): void {
  if (entry?.value.kind !== 'map') return;
  for (const pair of entry.value.pairs) read(pair.key, pair.value);
}

function readSource(ctx: ParseContext, entry: Entry | undefined, map: ArgMap): void {
  if (entry?.value.kind !== 'map') return;
  const fields = readFields(ctx, entry.value, SOURCE_FIELDS, { what: 'the source', span: entry.key });
  const source: SourceInfo = {};
  for (const name of ['title', 'author', 'date', 'url'] as const) setIf(source, name, optionalText(ctx, fields, name));
  const file = fields.get('file');
  if (file) source.file = located(ctx, file.value);
  map.source = source;
}

function readContradictions(ctx: ParseContext, entry: Entry | undefined, map: ArgMap): void {
  if (entry?.value.kind !== 'seq') return;
  for (const item of entry.value.items) {
    const pair = item.kind === 'seq' ? item.items : [];
    const notId = pair.length === 2 ? pair.findIndex((id) => !isText(id)) : -1;
    if (notId !== -1) {
      const bad = pair[notId]!;
      ctx.report({
        code: 'wrong-type',
        message: `The ${notId === 0 ? 'first' : 'second'} item of a contradiction should be a statement id, but it is ${describe(bad)}.`,
        span: bad.kind === 'scalar' && bad.value === null && bad.end === bad.start ? item : bad,
        hint: idHint(ctx, bad) ?? 'Name the two statements that cannot both be true: "- [first-id, second-id]".',
      });
      continue;
    }
    if (item.kind !== 'seq' || pair.length !== 2) {
      ctx.report({
        code: 'wrong-type',
        message: `Each contradiction should be a pair of statement ids, but this is ${item.kind === 'seq' ? `a list of ${pair.length}` : describe(item)}.`,
        span: item,
        hint: 'Write it as "- [first-id, second-id]". For three claims that exclude each other, list each pair.',
      });
      continue;
    }
    const [first, second] = pair;
    if (!isText(first!) || !isText(second!)) continue; // reported above
    const contradiction: Contradiction = { span: span(item), between: [ref(first), ref(second)] };
    map.contradictions.push(contradiction);
  }
}

function readExpect(ctx: ParseContext, entry: Entry | undefined, map: ArgMap): void {
  if (entry?.value.kind !== 'map') return;
  const fields = readFields(ctx, entry.value, EXPECT_FIELDS, { what: '"expect:"', span: entry.key });
  map.expect = [];
  for (const label of ['in', 'out', 'undecided'] as const) {
    const listed = fields.get(label);
    if (listed) for (const ref of refs(listed.value)) map.expect.push({ ref, label });
  }
}
