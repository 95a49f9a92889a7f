import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mapToDot } from '../../../src/graphviz.js';
import type { Argument } from '../../../src/index.js';
import { renderSvg } from '../../../src/render/graphviz/render-svg.js';
import { findExecutable } from '../../../src/render/graphviz/system-dot.js';
import { mapOf, statement } from './hostile.js';
import { svgNodes } from './svg-text.js';

/**
 * Graphviz refuses an empty <B></B>, <I></I>, <FONT></FONT> or <> in an
 * HTML-like label as a syntax error: the WebAssembly build then draws the box
 * empty, the system's dot shows the node's name. Texts that come out empty
 * (an empty tag, or anything in a map built through the library) must still
 * make labels Graphviz reads.
 */
const span = { start: 0, end: 0 };
const empty = mapOf(
  [
    statement('t', '', { speaker: 'p', tags: [{ value: '', span }] }),
    statement('u', 'A premise.', { tags: [{ value: ' ', span }] }),
  ],
  {
    title: '',
    source: { title: '', author: '' },
    speakers: [{ id: 'p', span, name: 'Someone' }],
    theses: [{ id: 't', span }],
    arguments: [{ id: 'a', span, kind: 'support', target: { id: 't', span }, premises: [{ id: 'u', span }], title: '' } satisfies Argument],
  },
);

describe('labels of empty text', () => {
  const dots = [mapToDot(empty, { groupBy: 'tag', ids: false }), mapToDot(empty, { groupBy: 'speaker', ids: true })];

  it('hold no empty element', () => {
    for (const dot of dots) expect(dot).not.toMatch(/<B><\/B>|<I><\/I>|<FONT[^>]*><\/FONT>|label = <>/);
  });

  it('are drawn by the WebAssembly Graphviz: the thesis keeps its speaker line', async () => {
    const nodes = svgNodes(await renderSvg(dots[0]!));
    expect(nodes.get('t')?.lines).toEqual(['— Someone']);
    expect(nodes.get('u')?.lines).toEqual(['A premise.']);
  });

  it.skipIf(findExecutable('dot') === undefined)('are read by the system Graphviz without a syntax error', () => {
    for (const dot of dots) {
      const run = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
  });
});
