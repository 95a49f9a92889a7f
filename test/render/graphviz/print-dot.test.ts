import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Digraph, Graph, toDot, type GraphBaseModel, type NodeModel, type RootGraphModel } from 'ts-graphviz';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/generate.js';
import { buildGraphvizModel, type GraphvizOptions } from '../../../src/graphviz.js';
import { parseMap } from '../../../src/index.js';
import { dotChunks, printDot } from '../../../src/render/graphviz/print-dot.js';
import { HOSTILE, mapOf, statement } from './hostile.js';

// printDot must print exactly what ts-graphviz's own toDot prints, for every
// model buildGraphvizModel can make; these tests hold it to that.
const theirs = (graph: RootGraphModel) => toDot(graph, { convert: { maxASTNodes: 0 } });

const OPTIONS: GraphvizOptions[] = [
  {},
  { ids: true, groupBy: 'tag' },
  { groupBy: 'speaker', rankdir: 'LR', legend: false, wrap: 12 },
];

describe('printDot prints a model as ts-graphviz does', () => {
  const maps = [
    ...['example', 'unilateral-concessions'].map((name) => readFileSync(new URL(`../../../maps/${name}.yaml`, import.meta.url), 'utf8')),
    generateMap({ statements: 3000, seed: 5 }).yaml,
  ].map((text) => parseMap(text).map);

  it('for the example maps and a generated map, with every kind of option', () => {
    for (const map of maps) for (const options of OPTIONS) {
      const graph = buildGraphvizModel(map, options);
      expect(printDot(graph)).toBe(theirs(graph));
    }
  });

  it('for text made to break DOT, in labels, tooltips, ids and cluster names', () => {
    const statements = HOSTILE.map((text, i) => statement(`s${i}`, text, { note: text, tags: [{ value: text, span: { start: 0, end: 1 } }] }));
    const map = mapOf(statements, { title: HOSTILE.join(' '), contradictions: [] });
    for (const options of OPTIONS) {
      const graph = buildGraphvizModel(map, options);
      expect(printDot(graph)).toBe(theirs(graph));
    }
  });

  it('in chunks that join up to the same text', () => {
    const graph = buildGraphvizModel(maps[2]!);
    const chunks = [...dotChunks(graph)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(theirs(graph));
  });

  // Any text at all, with the characters DOT quoting and ts-graphviz's HTML test care about.
  const text = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r', '\0', '"', '\\', '<', '>', '&', 'é', '😀', '\u00a0', '\u2028') });
  const value = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean());
  const attributes = fc.array(fc.tuple(fc.constantFrom('label', 'tooltip', 'color', 'penwidth', 'style', 'weight'), value), { maxLength: 4 });
  const body = fc.record({ values: attributes, node: attributes, edge: attributes, nodes: fc.array(fc.tuple(text, attributes), { maxLength: 5 }) });
  const model = fc.record({
    directed: fc.boolean(),
    id: fc.option(text, { nil: undefined }),
    root: body,
    subgraphs: fc.array(fc.tuple(fc.option(text, { nil: undefined }), body), { maxLength: 3 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), attributes), { maxLength: 6 }),
  });

  function fill(graph: GraphBaseModel, spec: { values: [string, unknown][]; node: [string, unknown][]; edge: [string, unknown][]; nodes: [string, [string, unknown][]][] }): NodeModel[] {
    graph.apply(Object.fromEntries(spec.values));
    graph.attributes.node.apply(Object.fromEntries(spec.node));
    graph.attributes.edge.apply(Object.fromEntries(spec.edge));
    return spec.nodes.map(([id, attrs]) => graph.createNode(id, Object.fromEntries(attrs)));
  }

  it('for random models: any ids and attribute values, subgraphs, edges', () => {
    fc.assert(
      fc.property(model, (spec) => {
        const graph = spec.directed ? new Digraph(spec.id) : new Graph(spec.id);
        const nodes = fill(graph as unknown as GraphBaseModel, spec.root);
        for (const [id, sub] of spec.subgraphs) nodes.push(...fill(graph.createSubgraph(id) as unknown as GraphBaseModel, sub));
        if (nodes.length > 0) {
          for (const [from, to, attrs] of spec.edges) graph.createEdge([nodes[from % nodes.length]!, nodes[to % nodes.length]!], Object.fromEntries(attrs));
        }
        expect(printDot(graph)).toBe(theirs(graph));
      }),
      { numRuns: 500 },
    );
  });
});
