import fc from 'fast-check';
import { parseEvents, type Event } from 'js-yaml';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { parserCallsAreCheap } from '../../src/parse/yaml/js-yaml.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { visitEventsInSlices } from '../../src/parse/yaml/events.js';
import { planSlices } from '../../src/parse/yaml/slices.js';

// Parsing a map a slice at a time must give exactly the events of parsing it
// whole, or give up. These tests hold it to that on real, generated and
// randomly mangled maps, with slices far smaller than the real ones.

const SECTIONS = new Set(['speakers', 'statements', 'arguments']);

function whole(text: string): Event[] | 'error' {
  try {
    return parseEvents(text, { maxDepth: 64 });
  } catch {
    return 'error';
  }
}

function sliced(text: string, sliceLength: number): Event[] | 'gave up' {
  const events: Event[] = [];
  // The visitor gets events whose offsets were moved in place; copy them as they come.
  return visitEventsInSlices(text, { sections: SECTIONS, maxDepth: 64, sliceLength }, (event) => events.push({ ...event })) ? events : 'gave up';
}

describe('parsing in slices', () => {
  it('gives the events of the whole text for generated maps, whatever the slice length', () => {
    for (const statements of [5, 60, 400]) {
      const { yaml } = generateMap({ statements, seed: statements, sourceFile: 'source.txt' });
      for (const sliceLength of [1, 100, 2000, 1e9]) expect(sliced(yaml, sliceLength)).toEqual(whole(yaml));
    }
  });

  it('gives the same map, and the same diagnostics, as parsing whole', () => {
    const { yaml } = generateMap({ statements: 30_000, seed: 3 });
    expect(yaml.length).toBeGreaterThan(1024 * 1024);
    expect(planSlices(yaml, SECTIONS, 1024 * 1024).length).toBe(3);
    // parseMap slices a text this big; the events are compared above, the result here.
    const broken = yaml.replace('  s17:\n', '  s17:\n    bogus: 1\n');
    for (const text of [yaml, broken]) {
      const events = whole(text);
      expect(events).not.toBe('error');
      expect(sliced(text, 64 * 1024)).toEqual(events);
    }
    expect(parseMap(broken).diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['Unknown key "bogus" in statement "s17".']);
  });

  // Maps made of entries with every kind of value (plain, quoted and flow
  // scalars over several lines, block scalars, nested mappings and lists,
  // anchors, tags, comments and blank lines anywhere), with now and then a
  // line that is hard on slicing: continuations at every indent, unclosed
  // quotes and brackets, tabs, explicit keys, document markers. Many are
  // valid YAML and many are not; when one is sliced, its events must be the
  // whole text's.
  const noise = fc.constantFrom(
    '', '  ', '\t', '# c', ' # c', '  # c', '\t# c', ' x: 1', 'top: v', '---', '...', '  ? q', '  : v', '  - item',
    '  "qk": v', '  w', '   odd', '    deep: d', '      deeper', '  \tz: v', '  q"', '  ]', '  }', "  '", '  x]', '  y2: *an', '  k: v, w',
  );
  const value = fc.constantFrom(
    [' text'], [' text # comment'], [' { text: t, tags: [a, b] }'], [' [x, y]'], [' &an v'], [' !!str v'], [' "one', '    two"'],
    [" 'one", "    two'"], [' [x,', '    y]'], [' {k: v,', '    w: u}'], [' plain', '    continued'], [' |', '    line', '', '    line'],
    [' >-', '    folded', '     more'], [' |2', '     indented'], ['', '    text: t', '    tags:', '    - a', '    - b'],
    ['', '    note: |', '      l1', '', '      l2', '    quote: q'], ['', '  - compact'], [''],
  );
  const entry = fc.tuple(fc.constantFrom('a', 'b', 's1', '_x', 'k-2', 'Z9'), value, fc.oneof({ weight: 15, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: noise }));
  const block = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom('statements:', 'arguments:', 'speakers:', 'statements: # c'), fc.array(entry, { minLength: 1, maxLength: 8 })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('title: T', 'theses: [a]', 'x:', '# top', 'note: |'), fc.constant([] as [string, string[], string | undefined][])) },
  );
  const document = fc.record({
    blocks: fc.array(block, { minLength: 1, maxLength: 5 }),
    crlf: fc.boolean(),
    sliceLength: fc.integer({ min: 1, max: 120 }),
  });
  const textOf = (blocks: (readonly [string, (readonly [string, readonly string[], string | undefined])[]])[], crlf: boolean) => {
    const lines = blocks.flatMap(([header, entries]) => [
      header,
      ...entries.flatMap(([key, [first, ...rest], extra]) => [`  ${key}:${first}`, ...rest, ...(extra === undefined ? [] : [extra])]),
    ]);
    const end = crlf ? '\r\n' : '\n';
    return lines.join(end) + end;
  };

  it('gives the events of the whole text for random texts, or gives up', () => {
    let slicedCount = 0;
    fc.assert(
      fc.property(document, ({ blocks, crlf, sliceLength }) => {
        const text = textOf(blocks, crlf);
        const result = sliced(text, sliceLength);
        if (result === 'gave up') return;
        slicedCount++;
        expect(result).toEqual(whole(text));
      }),
      { numRuns: 3000 },
    );
    // The property means little unless many texts were sliced.
    expect(slicedCount).toBeGreaterThan(900);
  });
});

describe("js-yaml's two builds", () => {
  // The CLI bundle parses with the CommonJS build (scripts/bundle.mjs), the tests and the library with the ES module build.
  const commonJs = createRequire(import.meta.url)('js-yaml') as typeof import('js-yaml');

  it('give the same events', () => {
    const { yaml } = generateMap({ statements: 2_000, seed: 5, sourceFile: 'source.txt' });
    expect(commonJs.parseEvents).not.toBe(parseEvents);
    expect(commonJs.parseEvents(yaml, { maxDepth: 64 })).toEqual(parseEvents(yaml, { maxDepth: 64 }));
  });

  it('are told apart: only the CommonJS build may be called for many small slices', () => {
    expect(parserCallsAreCheap(commonJs.parseEvents)).toBe(true);
    expect(parserCallsAreCheap(parseEvents)).toBe(false);
  });
});
