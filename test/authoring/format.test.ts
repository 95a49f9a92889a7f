import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMapText } from '../../src/authoring/format.js';
import { parseMap } from '../../src/index.js';
import { yaml } from '../helpers.js';

const formatted = (text: string, sort = false) => {
  const result = formatMapText(text, { sort });
  if (!('text' in result)) throw new Error(JSON.stringify(result.diagnostics));
  return result.text;
};

describe('formatMapText', () => {
  it('puts keys in the format\'s order, blank lines between sections, block mappings, short id lists in flow style', () => {
    const input = yaml`
      # yaml-language-server: $schema=../schema/argmap.schema.json
      statements:
        # The thesis, above its entry.
        t: { speaker: me, text: Tea is good. }   # beside it
        p: Tea is warm.
      argmap: 1
      speakers:
        me: { role: author, name: Me }
      arguments:
        a:
          premises:
            - p
          supports: t
          x-note: mine
      theses: [t]
    `;
    expect(formatted(input)).toBe(
      [
        '# yaml-language-server: $schema=../schema/argmap.schema.json',
        'argmap: 1',
        '',
        'speakers:',
        '  me:',
        '    name: Me',
        '    role: author',
        '',
        'theses: [t]',
        '',
        'statements:',
        '  # The thesis, above its entry.',
        '  # beside it',
        '  t:',
        '    text: Tea is good.',
        '    speaker: me',
        '  p: Tea is warm.',
        '',
        'arguments:',
        '  a:',
        '    supports: t',
        '    premises: [p]',
        '    x-note: mine',
        '',
      ].join('\n'),
    );
  });

  it('writes a list one item a line when it would pass 100 columns, and folds long text without changing it', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `premise-number-${i}`);
    const long = 'word '.repeat(40).trim();
    const input = `argmap: 1\nstatements:\n  t: "${long}"\n${ids.map((id) => `  ${id}: P`).join('\n')}\narguments:\n  a: { supports: t, premises: [${ids.join(', ')}] }\n`;
    const output = formatted(input);
    expect(output).toContain('    premises:\n      - premise-number-0\n');
    expect(Math.max(...output.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(parseMap(output).map.statements[0]!.text).toBe(long);
  });

  it('keeps U+FFFE and U+FFFF as escapes in double quotes (YAML cannot hold them as they are)', () => {
    // The map's text, written as a YAML file holds it: an escape in double quotes.
    const input = String.raw`argmap: 1
title: "A \uFFFE"
statements:
  a: "Tea \uFFFF."
  b: Tea.
`;
    const output = formatted(input);
    expect(output).toBe(input.replace('argmap: 1\n', 'argmap: 1\n\n').replace('"\nstatements', '"\n\nstatements'));
    expect(parseMap(output).map.statements[0]!.text).toBe('Tea \uffff.');
  });

  it('refuses a map with errors, returning its diagnostics', () => {
    expect(formatMapText('argmap: 1\nstatements:\n  a: A\narguments:\n  x: { supports: b, premises: [a] }\n')).toMatchObject({ diagnostics: [expect.objectContaining({ code: 'unknown-ref' })] });
  });

  it('--sort puts statements, arguments and speakers in id order, comments travelling with them', () => {
    const output = formatted('argmap: 1\nstatements:\n  # about b\n  b: B\n  a: A\n', true);
    expect(output).toBe('argmap: 1\n\nstatements:\n  a: A\n  # about b\n  b: B\n');
  });

  it('the maps in maps/ are formatted (CI fails otherwise: run argmap fmt maps/*.yaml)', () => {
    for (const path of ['maps/example.yaml', 'maps/unilateral-concessions.yaml']) {
      const text = readFileSync(path, 'utf8');
      expect(formatted(text), path).toBe(text);
    }
  });
});

describe('formatMapText on generated maps with comments everywhere', () => {
  const word = fc.constantFrom('tea', 'warm', 'the', 'lane', 'costs', 'é', '“quoted”', 'a: b', '#not-a-comment', "it's");
  const text = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
  const comment = fc.option(fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => `# ${words.join(' ')}`), { nil: undefined });
  const generated = fc
    .record({
      statements: fc.array(fc.record({ text, quote: fc.option(text, { nil: undefined }), above: comment, beside: comment, flow: fc.boolean() }), { minLength: 2, maxLength: 6 }),
      premises: fc.array(fc.nat(5), { minLength: 1, maxLength: 4 }),
      reversed: fc.boolean(),
    })
    .map(({ statements, premises, reversed }) => {
      const lines = ['# a map', 'argmap: 1', 'theses: [s0]', 'statements:'];
      statements.forEach((s, i) => {
        if (s.above) lines.push(`  ${s.above}`);
        const quote = s.quote === undefined ? '' : JSON.stringify(s.quote);
        const tail = s.beside ? `  ${s.beside}` : '';
        if (s.flow) lines.push(`  s${i}: { text: ${JSON.stringify(s.text)}${quote ? `, quote: ${quote}` : ''} }${tail}`);
        else lines.push(`  s${i}:${tail}`, ...(reversed && quote ? [`    quote: ${quote}`] : []), `    text: ${JSON.stringify(s.text)}`, ...(!reversed && quote ? [`    quote: ${quote}`] : []));
      });
      const ids = [...new Set(premises.map((p) => `s${1 + (p % (statements.length - 1))}`))];
      lines.push('arguments:', `  a: { supports: s0, premises: [${ids.join(', ')}] }  # the argument`);
      return `${lines.join('\n')}\n`;
    });

  it('keeps the meaning and every comment, and formatting twice changes nothing', () => {
    fc.assert(
      fc.property(generated, (input) => {
        const once = formatted(input);
        expect(formatted(once)).toBe(once);
        const strip = (map: unknown) => JSON.stringify(map, (key, value) => (key === 'span' || key === 'textSpan' ? undefined : value));
        expect(strip(parseMap(once).map)).toBe(strip(parseMap(input).map));
        const comments = (t: string) => [...t.matchAll(/(?:^|\s)(# [^\n]*)/g)].map((m) => m[1]!.trim()).sort();
        expect(comments(once)).toEqual(comments(input));
      }),
      { numRuns: 200 },
    );
  });
});

describe('fmt with the keys of issue 16', () => {
  it('puts said-by, endorsed-by and act after speaker, and writes a quote mapping in block style', () => {
    const input = 'argmap: 1\nspeakers: {me: {name: Me, role: author}, t: T}\nstatements:\n  a: {act: ironic, text: A, endorsed-by: me, quote: [plain, {act: ironic, text: fancy}], said-by: [t]}\n';
    expect(formatted(input)).toBe(
      [
        'argmap: 1',
        '',
        'speakers:',
        '  me:',
        '    name: Me',
        '    role: author',
        '  t: T',
        '',
        'statements:',
        '  a:',
        '    text: A',
        '    quote:',
        '      - plain',
        '      - act: ironic',
        '        text: fancy',
        '    said-by: [t]',
        '    endorsed-by: me',
        '    act: ironic',
        '',
      ].join('\n'),
    );
  });
});
