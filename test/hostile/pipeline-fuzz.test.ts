import fc from 'fast-check';
import { fromDot, type GraphBaseModel, type NodeModel } from 'ts-graphviz';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { mapToDot } from '../../src/graphviz.js';
import { checkMap, formatDiagnostics, formatDiagnosticsJson, formatSarif, parseMap, renderTree, RULE_METADATA, type ArgMap, type Diagnostic, type TreeOptions } from '../../src/index.js';
import { renderSvg } from '../../src/render/graphviz/render-svg.js';
import { labelText } from '../../src/render/graphviz/text.js';
import { escapeInline } from '../../src/text/escape.js';
import { loadDisplayWidth, type DisplayWidth } from '../../src/text/width.js';
import { svgNodes } from '../render/graphviz/svg-text.js';
import { hostileText, mutatedMapObject, toYaml, validMapObject } from './arbitraries.js';
import { findRawUnsafe } from './run.js';

/**
 * The whole pipeline on generated input: parse → check (with and without a
 * source text) → the reports (pretty with code frames, JSON, SARIF) → tree →
 * DOT. Nothing may throw; every diagnostic points inside the file; nothing
 * meant for a terminal holds a raw control, escape or bidi character; the DOT
 * parses, names no node the map does not have, and its labels show the text.
 * 3,000 cases a run, about 14 s on one core; a sample of 60 is drawn by
 * the WebAssembly Graphviz. ARGMAP_FUZZ_RUNS sets the cases per property
 * (default 1,000), for a longer hunt: ARGMAP_FUZZ_RUNS=20000 npx vitest run
 * test/hostile/pipeline-fuzz.test.ts. A failure prints the seed to replay.
 */
const RUNS = Number(process.env.ARGMAP_FUZZ_RUNS ?? 1000);
// Room for slow machines and for long hunts: about 5 ms a case here.
const TIMEOUT = Math.max(60_000, RUNS * 50);

const FILE = 'fuzz.yaml';
let displayWidth: DisplayWidth;
beforeAll(async () => {
  displayWidth = await loadDisplayWidth();
});

const settings = fc.record({
  width: fc.integer({ min: 20, max: 120 }),
  ascii: fc.boolean(),
  ids: fc.boolean(),
  wrap: fc.oneof(fc.constant(10_000), fc.integer({ min: 1, max: 60 })),
  groupBy: fc.constantFrom(undefined, 'tag' as const, 'speaker' as const),
  rankdir: fc.constantFrom('TB' as const, 'BT' as const, 'LR' as const, 'RL' as const),
  // The legend holds nothing from the map, and doubles the time of a case: one case in ten draws it.
  legend: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  source: fc.option(hostileText, { nil: undefined }),
  filter: fc.constantFrom('none', 'focus', 'speaker', 'tag'),
  pick: fc.nat(),
});
type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

/** Problems found, as readable lines; a property fails with the whole list. */
type Problems = string[];

/** Every diagnostic, and every place it relates to, points inside its file: the map, or the source text a quote is looked for in. */
function checkPositions(diagnostics: readonly Diagnostic[], files: ReadonlyMap<string, string>, problems: Problems): void {
  // Lines end as in YAML and editors: CRLF, LF or a lone CR.
  const lines = new Map([...files].map(([file, text]) => [file, text.split(/\r\n?|\n/)]));
  const inFile = (file: string, line: number, column: number) => {
    const text = lines.get(file);
    return text !== undefined && line >= 1 && line <= text.length && column >= 1 && column <= text[line - 1]!.length + 1;
  };
  for (const d of diagnostics) {
    if (d.file !== FILE) problems.push(`${d.code} is about ${d.file}`);
    for (const place of [d, ...(d.related ?? [])]) {
      if (!inFile(place.file, place.line, place.column) || !inFile(place.file, place.endLine, place.endColumn)) {
        problems.push(`${d.code} points outside the file: ${place.file}:${place.line}:${place.column}-${place.endLine}:${place.endColumn}`);
      }
    }
    if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column)) problems.push(`${d.code} ends before it starts`);
  }
}

function checkTerminalSafe(what: string, text: string, problems: Problems): void {
  const raw = findRawUnsafe(text);
  if (raw) problems.push(`${what} holds ${JSON.stringify(raw.char)} raw near ${JSON.stringify(text.slice(Math.max(0, raw.index - 30), raw.index + 30))}`);
}

/** A --focus, --speaker or --tag that the map has, chosen by `pick`. */
function filterOf(map: ArgMap, { filter, pick }: Settings): Partial<TreeOptions> {
  const choose = <T>(items: readonly T[]) => (items.length === 0 ? undefined : items[pick % items.length]);
  if (filter === 'focus') {
    const id = choose([...map.statements.map((s) => s.id), ...map.arguments.map((a) => a.id)]);
    return id === undefined ? {} : { focus: id };
  }
  if (filter === 'speaker') {
    const id = choose(map.speakers.map((s) => s.id));
    return id === undefined ? {} : { speaker: id };
  }
  if (filter === 'tag') {
    const tag = choose(map.statements.flatMap((s) => s.tags.map((t) => t.value)));
    return tag === undefined ? {} : { tag };
  }
  return {};
}

/** Text as a one-line label shows it: cut, on one line, invisible and forbidden characters as escapes. */
function shownOnOneLine(text: string): string {
  return escapeInline(labelText(text)).replace(/[\uFFFE\uFFFF]/g, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`);
}

/** The same, as a wrapped label shows it: every run of spaces (any kind) one space. */
function shownInLabel(text: string): string {
  return shownOnOneLine(text)
    .split(/\s+/)
    .filter((word) => word !== '')
    .join(' ');
}

/** An HTML-like label's line back to its text: tags dropped (text cannot hold one), backslashes undoubled, entities decoded. */
function labelLineText(line: string): string {
  return line
    .replace(/<[^>]*>/g, '')
    .replace(/\\\\/g, '\\')
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name]!);
}

function allNodes(graph: GraphBaseModel, into = new Map<string, NodeModel>()): Map<string, NodeModel> {
  for (const node of graph.nodes) into.set(node.id, node);
  for (const subgraph of graph.subgraphs) allNodes(subgraph, into);
  return into;
}

/** Every label in the graph: of the graph, its clusters, nodes and edges. */
function allLabels(graph: GraphBaseModel, into: unknown[] = []): unknown[] {
  into.push(graph.get('label'));
  for (const node of graph.nodes) into.push(node.attributes.get('label'));
  for (const edge of graph.edges) into.push(edge.attributes.get('label'));
  for (const subgraph of graph.subgraphs) allLabels(subgraph, into);
  return into;
}

// Graphviz's grammar for HTML-like labels refuses an empty element, and an empty label.
const EMPTY_ELEMENT = /<(B|I|U|S|O|SUB|SUP|FONT)\b[^>]*><\/\1>|^<>$/;

function checkDot(map: ArgMap, dot: string, options: Settings, problems: Problems): void {
  checkTerminalSafe('DOT', dot, problems);
  const graph = fromDot(dot, { parse: { maxASTNodes: 0 } } as never);
  for (const label of allLabels(graph)) {
    if (typeof label === 'string' && EMPTY_ELEMENT.test(label)) problems.push(`a label Graphviz cannot read: ${JSON.stringify(label)}`);
  }
  const nodes = allNodes(graph);
  const known = new Set([...map.statements.map((s) => s.id), ...map.arguments.map((a) => a.id)]);
  for (const id of nodes.keys()) if (!known.has(id) && !id.startsWith('legend:')) problems.push(`DOT has a node no map entity makes: ${JSON.stringify(id)}`);
  for (const statement of map.statements) {
    const label = nodes.get(statement.id)?.attributes.get('label');
    if (typeof label !== 'string') {
      problems.push(`no label for ${statement.id}`);
      continue;
    }
    const lines = label.slice(1, -1).split('<BR ALIGN="LEFT"/>').slice(0, -1);
    if (options.ids && labelLineText(lines.shift() ?? '') !== statement.id) problems.push(`${statement.id}: the id line is wrong`);
    const speaker = map.speakers.find((s) => s.id === statement.speaker);
    if (speaker && speaker.id !== map.authorSpeaker) {
      const shown = labelLineText(lines.pop() ?? '');
      if (shown !== `— ${shownOnOneLine(speaker.name)}`) problems.push(`${statement.id}: speaker shown as ${JSON.stringify(shown)}`);
    }
    const text = lines.map(labelLineText);
    const expected = shownInLabel(statement.text);
    const same = options.wrap === 10_000 ? text.join(' ') === expected : text.join('').replace(/\s/g, '') === expected.replace(/\s/g, '');
    if (!same) problems.push(`${statement.id}: label ${JSON.stringify(text)} does not show ${JSON.stringify(expected)}`);
  }
}

/** Runs every stage on the text; returns what went wrong. */
function pipeline(text: string, options: Settings): Problems {
  const problems: Problems = [];
  const { map, diagnostics } = parseMap(text, FILE);
  const source = options.source === undefined ? undefined : { file: 'source.txt', text: options.source };
  const checked = checkMap(map, text, { rules: { 'critical-question': 'info' }, ...(source ? { source } : {}) });
  const all = [...diagnostics, ...checked];
  checkPositions(all, new Map([[FILE, text], ...(source ? [[source.file, source.text] as const] : [])]), problems);

  checkTerminalSafe('the pretty report', formatDiagnostics(all, { sources: new Map([[FILE, text]]), displayWidth }), problems);
  const json = formatDiagnosticsJson(all);
  checkTerminalSafe('the JSON report', json, problems);
  if (JSON.stringify(JSON.parse(json)) !== JSON.stringify(all)) problems.push('the JSON report does not read back as the diagnostics');
  checkTerminalSafe('the SARIF report', formatSarif(all, { version: VERSION, rules: RULE_METADATA }), problems);

  const tree = renderTree(map, { width: options.width, ascii: options.ascii, ids: options.ids, quotes: true, displayWidth, ...filterOf(map, options) });
  for (const line of tree.lines) {
    checkTerminalSafe('a tree line', line, problems);
    if (displayWidth(line) > options.width) problems.push(`a tree line is wider than ${options.width}: ${JSON.stringify(line)}`);
  }

  const dot = mapToDot(map, { wrap: options.wrap, ids: options.ids, groupBy: options.groupBy, rankdir: options.rankdir, legend: options.legend });
  checkDot(map, dot, options, problems);
  return problems;
}

const property = (text: fc.Arbitrary<string>) =>
  fc.property(text, settings, (yaml, options) => {
    expect(pipeline(yaml, options)).toEqual([]);
  });

describe('the whole pipeline on generated input', () => {
  it('valid maps full of hostile text', () => {
    fc.assert(property(validMapObject.map(toYaml)), { numRuns: RUNS });
  }, TIMEOUT);

  it('the same maps mutated: keys dropped, types changed, ids swapped, text replaced', () => {
    fc.assert(property(mutatedMapObject.map(toYaml)), { numRuns: RUNS });
  }, TIMEOUT);

  it('arbitrary text, and valid YAML with hostile text spliced in anywhere', () => {
    const spliced = fc.tuple(validMapObject.map(toYaml), fc.nat(), hostileText).map(([yaml, at, text]) => yaml.slice(0, at % (yaml.length + 1)) + text + yaml.slice(at % (yaml.length + 1)));
    fc.assert(property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), spliced)), { numRuns: RUNS });
  }, TIMEOUT);

  it('a sample drawn by the WebAssembly Graphviz shows every statement as written', async () => {
    await fc.assert(
      fc.asyncProperty(validMapObject.map(toYaml), fc.constantFrom(undefined, 'tag' as const), async (yaml, groupBy) => {
        const { map } = parseMap(yaml, FILE);
        const nodes = svgNodes(await renderSvg(mapToDot(map, { wrap: 10_000, groupBy })));
        for (const statement of map.statements) {
          const speaker = map.speakers.find((s) => s.id === statement.speaker);
          const lines = [shownInLabel(statement.text), ...(speaker && speaker.id !== map.authorSpeaker ? [`— ${shownOnOneLine(speaker.name)}`] : [])];
          // Graphviz draws most kinds of space as a plain one, and leaves no text element for an empty line.
          const spaces = (line: string) => line.replace(/\p{Zs}/gu, ' ');
          expect(nodes.get(statement.id)?.lines.map(spaces)).toEqual(lines.filter((line) => line !== '').map(spaces));
        }
      }),
      { numRuns: Math.max(1, Math.round(RUNS * 0.06)) },
    );
  }, TIMEOUT);
});
