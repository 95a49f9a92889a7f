import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAif } from '../../src/interchange/index.js';
import { arrayElementOffsets } from '../../src/interchange/json-positions.js';
import { runCli } from '../helpers.js';

const where = (outcome: ReturnType<typeof importAif>) => outcome.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);

describe('AIF import: positions of what it warns about', () => {
  it('a repeated nodeID is a warning at the repeat; the first node is kept', () => {
    const text = [
      '{"nodes": [',
      '  {"nodeID": "1", "type": "I", "text": "First claim"},',
      '  {"nodeID": "2", "type": "I", "text": "A reason"},',
      '  {"nodeID": 1, "type": "RA", "text": "Default Inference"},',
      '  {"nodeID": "3", "type": "RA", "text": "Default Inference"}',
      '], "edges": [{"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"}]}',
    ].join('\n');
    const outcome = importAif(text, 'repeat.json');
    expect(where(outcome)).toEqual(['4:3 warning import-duplicate-node: Node ID 1 is used again here; this RA-node was left out, and the I-node at 2:3 kept.']);
    expect(outcome.diagnostics[0]!.hint).toBe('Give each node its own "nodeID".');
    expect(outcome.document?.statements).toEqual({ 'first-claim': 'First claim', 'a-reason': 'A reason' });
    expect(outcome.document?.arguments).toEqual({ ra3: { supports: 'first-claim', premises: ['a-reason'] } });
  });

  it('a node without an id, an edge to nowhere, and a node without text are placed at their own lines, in an OVA wrapper too', () => {
    const text = [
      '{"OVA": {"nodes": [{"nodeID": 9}]},',
      ' "AIF": {',
      '  "nodes": [{"nodeID": "1", "type": "I", "text": ""},',
      '            {"type": "I", "text": "no id"}],',
      '  "edges": [{"fromID": "1", "toID": "1"},',
      '     {"fromID": "1", "toID": "7"}]}}',
    ].join('\n');
    expect(where(importAif(text, 'ova.json'))).toEqual([
      '4:13 warning import-bad-node: This node has no "nodeID" or no "type"; it was left out.',
      '6:6 warning import-dangling-edge: An edge from 1 to 7 names a node the file does not have; it was left out.',
      '3:13 warning import-empty-text: I-node 1 has no text; it was given a placeholder.',
    ]);
  });

  it('each of 5,000 dangling edges is placed at its own line', () => {
    const edges = Array.from({ length: 5000 }, (_, i) => `{"fromID": "x${i}", "toID": "1"}`);
    const text = `{"nodes": [{"nodeID": "1", "type": "I", "text": "Claim"}],\n"edges": [\n${edges.join(',\n')}\n]}`;
    const outcome = importAif(text, 'many.json');
    expect(outcome.diagnostics).toHaveLength(5000);
    expect(outcome.diagnostics.every((d, i) => d.code === 'import-dangling-edge' && d.line === i + 3 && d.column === 1 && d.message.includes(`from x${i} to 1`))).toBe(true);
  });
});

describe('arrayElementOffsets', () => {
  /** A JSON text built piece by piece, so the offset of each element of "nodes" and "edges" is known. */
  const document = fc
    .record({
      before: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
      nodes: fc.array(fc.jsonValue(), { maxLength: 8 }),
      edges: fc.array(fc.jsonValue(), { maxLength: 8 }),
      spaces: fc.array(fc.constantFrom('', ' ', '\n', '\t', '\r\n  '), { minLength: 40, maxLength: 40 }),
      wrapped: fc.boolean(),
    })
    .map(({ before, nodes, edges, spaces, wrapped }) => {
      let text = '';
      let gap = 0;
      const space = () => spaces[gap++ % spaces.length]!;
      const offsets: number[][] = [[], []];
      const list = (items: unknown[], which: 0 | 1) => {
        text += `[${space()}`;
        items.forEach((item, i) => {
          if (i > 0) text += `${space()},${space()}`;
          offsets[which]!.push(text.length);
          text += JSON.stringify(item, null, gap % 3);
        });
        text += `${space()}]`;
      };
      text += `{${space()}`;
      const rest = JSON.stringify(before).slice(1, -1);
      if (rest !== '') text += `${rest},${space()}`;
      if (wrapped) text += `"AIF"${space()}:${space()}{`;
      text += `"nodes"${space()}:${space()}`;
      list(nodes, 0);
      text += `,${space()}"edges":`;
      list(edges, 1);
      text += wrapped ? '}}' : '}';
      return { text, offsets, wrapped, nodes, edges };
    });

  it('finds where each element starts, whatever the other keys and strings hold', () => {
    fc.assert(
      fc.property(document, ({ text, offsets, wrapped, nodes, edges }) => {
        // The other keys come first; a repeated "nodes" or "edges" among them is overridden, as JSON.parse does.
        const parsed = JSON.parse(text) as Record<string, Record<string, unknown>>;
        // (Through JSON once, as -0 comes back as 0.)
        expect((wrapped ? parsed.AIF! : parsed).nodes).toEqual(JSON.parse(JSON.stringify(nodes)));
        expect((wrapped ? parsed.AIF! : parsed).edges).toEqual(JSON.parse(JSON.stringify(edges)));
        const paths = wrapped ? [['AIF', 'nodes'], ['AIF', 'edges']] : [['nodes'], ['edges']];
        expect(arrayElementOffsets(text, paths)).toEqual(offsets);
      }),
      { numRuns: 300 },
    );
  });

  it('reads keys with escapes, and ignores arrays of the same name deeper down', () => {
    const text = '{"n\\u006fdes": [1, {"nodes": [5, 6]}, "x\\"]"], "deep": {"nodes": [7]}}';
    expect(arrayElementOffsets(text, [['nodes']])).toEqual([[16, 19, 38]]);
  });
});

describe('argmap import of AIF: warnings on stderr at their place, the map still written', () => {
  it('a repeated nodeID', () => {
    const input = '{"nodes": [\n  {"nodeID": "1", "type": "I", "text": "A claim"},\n  {"nodeID": "1", "type": "I", "text": "Again"}\n], "edges": []}\n';
    const run = runCli(['import', '-', '--from', 'aif'], { input, env: { NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('statements:\n  a-claim: A claim\n');
    expect(run.stderr).toBe(
      '<stdin>:3:3  warning  Node ID 1 is used again here; this I-node was left out, and the I-node at 2:3 kept.  [import-duplicate-node]\n' +
        '  3 |   {"nodeID": "1", "type": "I", "text": "Again"}\n    |   ^\n  hint: Give each node its own "nodeID".\n',
    );
  });
});
