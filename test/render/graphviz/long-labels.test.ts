import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapToDot } from '../../../src/graphviz.js';
import type { Argument } from '../../../src/index.js';
import { renderSvg } from '../../../src/render/graphviz/render-svg.js';
import { findExecutable } from '../../../src/render/graphviz/system-dot.js';
import { mapOf, statement } from './hostile.js';

/**
 * Graphviz refuses a run of HTML-like label text over 16,384 characters
 * between two tags, and escaping can make one character ten. Every text
 * field, as long as a label allows and made of characters that escaping
 * grows, must still give DOT that Graphviz reads, and labels that keep text.
 */
const GROWING = ['\ufffe', '\uffff', '\u202e', '\u001b', '&', '<', '"', '\\', '漢', 'a', ' '];
const span = { start: 0, end: 0 };

function mapFull(text: string) {
  return mapOf(
    [statement('t', text, { speaker: 'p', tags: [{ value: text, span }], note: text, quotes: [{ value: text, span }] }), statement('u', 'A premise.')],
    {
      title: text,
      source: { title: text, author: text },
      speakers: [{ id: 'p', span, name: text }],
      theses: [{ id: 't', span }],
      arguments: [{ id: 'a', span, kind: 'support', target: { id: 't', span }, premises: [{ id: 'u', span }], title: text, scheme: { value: text, span } } satisfies Argument],
    },
  );
}

/** The longest run of text between `<` and `>` in the DOT's HTML-like labels. */
function longestHtmlRun(dot: string): number {
  let longest = 0;
  for (const line of dot.split('\n')) {
    if (!/^\s*label = </.test(line)) continue;
    for (const run of line.split(/[<>]/)) longest = Math.max(longest, run.length);
  }
  return longest;
}

const textArbitrary = fc
  .tuple(fc.array(fc.constantFrom(...GROWING), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1500, max: 3000 }))
  .map(([alphabet, length]) => Array.from({ length }, (_, i) => alphabet[i % alphabet.length]).join(''));

describe('labels of long text that escaping grows', () => {
  it('keep every run of label text under Graphviz\'s 16,384 characters', () => {
    fc.assert(
      fc.property(textArbitrary, fc.constantFrom('tag', 'speaker'), (text, groupBy) => {
        expect(longestHtmlRun(mapToDot(mapFull(text), { groupBy, ids: true }))).toBeLessThan(16_384);
      }),
      { numRuns: 40 },
    );
  });

  const hasDot = findExecutable('dot') !== undefined;
  it.skipIf(!hasDot)('are read by the system Graphviz (skipped when dot is not on the PATH)', () => {
    fc.assert(
      fc.property(textArbitrary, fc.constantFrom('tag', 'speaker'), (text, groupBy) => {
        const run = spawnSync('dot', ['-Tsvg'], { input: mapToDot(mapFull(text), { groupBy, ids: true }), encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
      }),
      { numRuns: 8 },
    );
  });

  it('a title of 2,000 U+FFFE is drawn cut, with its text shown as escapes, by the WebAssembly Graphviz', async () => {
    const svg = await renderSvg(mapToDot(mapFull('\ufffe'.repeat(2000)), { groupBy: 'tag', ids: false }));
    const title = /font-size="16\.00"[^>]*>([^<]*)<\/text>/.exec(svg)?.[1];
    // 2,000 characters as shown: 249 escapes, the start of one more, and the ellipsis.
    expect(title).toBe(`${'\\u{FFFE}'.repeat(249)}\\u{FFFE…`);
  });

  it('noncharacters in a tag, a name and a title are drawn as escapes, not dropped with their label', async () => {
    const svg = await renderSvg(mapToDot(mapFull('a\ufffeb\uffff'), { groupBy: 'tag', ids: false }));
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    // The title, the source line, the tag's cluster, the statement and its speaker, the argument's title.
    expect(texts.filter((text) => text?.includes('a\\u{FFFE}b\\u{FFFF}')).length).toBe(6);
    expect(svg).toContain('>a\\u{FFFE}b\\u{FFFF}</text>');
  });
});
