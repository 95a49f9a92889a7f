import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { formatMapText, formatMapTextPlain, sameMeaning, type FormatResult } from '../../src/authoring/format.js';
import { parseMap } from '../../src/index.js';
import { setRunsAside } from '../../src/authoring/format-fast.js';

const outcome = (format: () => FormatResult) => {
  try {
    const result = format();
    return 'text' in result ? result.text : `diagnostics ${JSON.stringify(result.diagnostics.map((d) => d.code))}`;
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
};
const expectSame = (text: string) => {
  for (const sort of [false, true]) {
    const fast = outcome(() => formatMapText(text, { sort }));
    expect(fast, `sort: ${sort}\n${text}`).toBe(outcome(() => formatMapTextPlain(text, { sort })));
  }
};

// Words that are plain in YAML, that need quotes, that look like numbers, or that fold long lines.
const WORDS = ['tea', 'warm', 'the', 'lane', 'é', '“quoted”', "it's", 'a,b', 'C#', '#tag', 'x: y', '3', 'true', '-dash', 'R&D', '[br]', '{b}', 'end:', 'null', 'ok.', 'long-word-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on'];
const plainInBlock = (text: string) => /^[A-Za-z“é]/.test(text) && !/: | #|:$/.test(text) && !/^(?:true|null)$/.test(text);
const plainInFlow = (text: string) => plainInBlock(text) && !/[,[\]{}]/.test(text);

const SAFE_WORDS = WORDS.slice(0, 7);
const word = fc.oneof({ arbitrary: fc.constantFrom(...SAFE_WORDS), weight: 6 }, { arbitrary: fc.constantFrom(...WORDS), weight: 1 });
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((list) => list.join(' '));
/** Now and then (most entries of real maps have none, and the fast layout leaves every entry that has one). */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary, weight: 1 });
const comment = sometimes(words(4).map((text) => `# ${text}`));
const layout = fc.record({ fieldIndent: fc.constantFrom(2, 4), listIndent: fc.constantFrom(0, 2), quoting: fc.constantFrom('plain', 'plain', 'plain', 'double', 'single'), wrapAt: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }) });

type Value = string | string[];
interface Style {
  fieldIndent: number;
  listIndent: number;
  quoting: string;
  wrapAt: number | undefined;
}
interface EntrySpec {
  form: string;
  above: string | undefined;
  beside: string | undefined;
  after: string | undefined;
  blank: boolean;
  style: Style;
}
/** A number or boolean, written as it is (marked apart from texts). */
const RAW = '\u0000';
const raw = (text: string) => `${RAW}${text}`;

/** A value written in a flow mapping or list. */
function flowValue(value: Value): string {
  const item = (text: string) => (text.startsWith(RAW) ? text.slice(1) : plainInFlow(text) ? text : JSON.stringify(text));
  return typeof value === 'string' ? item(value) : `[${value.map(item).join(', ')}]`;
}

/** A field of a block entry, in one of the forms YAML allows: plain (maybe over several lines), quoted, or a list. */
function blockField(pad: string, key: string, value: Value, style: Style, beside: string): string[] {
  if (typeof value !== 'string') {
    if (value.length > 3) return [`${pad}${key}:${beside}`, ...value.map((item) => `${pad}${' '.repeat(style.listIndent)}- ${plainInBlock(item) ? item : JSON.stringify(item)}`)];
    return [`${pad}${key}: ${flowValue(value)}${beside}`];
  }
  if (value.startsWith(RAW)) return [`${pad}${key}: ${value.slice(1)}${beside}`];
  if (style.quoting === 'double' || !plainInBlock(value)) return [`${pad}${key}: ${JSON.stringify(value)}${beside}`];
  if (style.quoting === 'single') return [`${pad}${key}: '${value.replace(/'/g, "''")}'${beside}`];
  const parts = value.split(' ');
  if (style.wrapAt === undefined || parts.length <= style.wrapAt || beside !== '' || parts.slice(style.wrapAt).some((part) => !plainInBlock(part))) return [`${pad}${key}: ${value}${beside}`];
  return [`${pad}${key}: ${parts.slice(0, style.wrapAt).join(' ')}`, `${pad}  ${parts.slice(style.wrapAt).join(' ')}`];
}

const entry = (fields: fc.Arbitrary<[string, Value][]>) =>
  fc.record({ fields, form: fc.constantFrom('block', 'flow', 'short'), above: comment, beside: comment, after: comment, blank: fc.boolean(), style: layout });

const statementFields = fc
  .record({ weight: sometimes(fc.constantFrom('0.5', '1', '0', '0.25', '0.50', '1.0', '.5', '1e-1')), implicit: sometimes(fc.constantFrom('true', 'false', 'True')), text: words(30), quote: fc.option(fc.oneof(words(12), fc.array(words(6), { minLength: 1, maxLength: 6 })), { nil: undefined }), tags: fc.option(fc.array(fc.constantFrom('law', 'economy', 'a-very-long-tag-name-for-overflowing-lines'), { minLength: 1, maxLength: 8 }), { nil: undefined }), note: fc.option(words(6), { nil: undefined }), speaker: fc.boolean() })
  .chain(({ weight, implicit, text, quote, tags, note, speaker }) => {
    const fields: [string, Value][] = [['text', text]];
    if (weight !== undefined) fields.push(['weight', raw(weight)]);
    if (implicit !== undefined) fields.push(['implicit', raw(implicit)]);
    if (quote !== undefined) fields.push(['quote', quote]);
    if (tags !== undefined) fields.push(['tags', tags]);
    if (note !== undefined) fields.push(['x-note', note]);
    if (speaker) fields.push(['speaker', 'me']);
    return fc.shuffledSubarray(fields, { minLength: fields.length, maxLength: fields.length }).map((shuffled) => shuffled as [string, Value][]);
  });

const generated = fc
  .record({
    statements: fc.array(entry(statementFields), { minLength: 2, maxLength: 7 }),
    argumentsList: fc.array(fc.record({ premises: fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }), attack: fc.boolean(), entry: entry(fc.constant([])) }), { minLength: 0, maxLength: 3 }),
    sectionIndent: fc.constantFrom(2, 4),
    speakersShort: fc.boolean(),
    order: fc.constantFrom('usual', 'reversed'),
    tail: comment,
  })
  .map(({ statements, argumentsList, sectionIndent, speakersShort, order, tail }) => {
    const pad = ' '.repeat(sectionIndent);
    const writeEntry = (id: string, spec: EntrySpec, fields: [string, Value][]) => {
      const lines: string[] = [];
      const style = spec.style;
      const beside = spec.beside ? `  ${spec.beside}` : '';
      if (spec.blank) lines.push('');
      if (spec.above) lines.push(`${pad}${spec.above}`);
      const onlyText = fields.length === 1 && fields[0]![0] === 'text' && typeof fields[0]![1] === 'string';
      if (spec.form === 'short' && onlyText) lines.push(...blockField(pad, id, fields[0]![1], style, beside));
      else if (spec.form === 'flow' || spec.form === 'short') lines.push(`${pad}${id}: { ${fields.map(([key, value]) => `${key}: ${flowValue(value)}`).join(', ')} }${beside}`);
      else {
        lines.push(`${pad}${id}:${beside}`);
        for (const [key, value] of fields) lines.push(...blockField(`${pad}${' '.repeat(style.fieldIndent)}`, key, value, style, ''));
      }
      if (spec.after) lines.push(`${pad}  ${spec.after}`);
      return lines;
    };
    const sections: string[][] = [];
    sections.push(['speakers:', speakersShort ? `${pad}me: Me` : `${pad}me: { role: author, name: Me }`]);
    sections.push(['statements:', ...statements.flatMap((spec, i) => writeEntry(`s${i}`, spec, spec.fields))]);
    if (argumentsList.length > 0) {
      sections.push([
        'arguments:',
        ...argumentsList.flatMap((argument, i) => {
          const premises = [...new Set(argument.premises.map((p) => `s${1 + (p % (statements.length - 1))}`))];
          return writeEntry(`a${i}`, argument.entry, [[argument.attack ? 'attacks' : 'supports', 's0'], ['premises', premises]]);
        }),
      ]);
    }
    if (order === 'reversed') sections.reverse();
    const lines = ['# a map', 'argmap: 1', 'theses: [s0]', ...sections.flat()];
    if (tail) lines.push(tail);
    return `${lines.join('\n')}\n`;
  });

describe('the fast layout gives the bytes of the plain one', () => {
  it('on generated maps with comments, blank lines, quotes, long and continued text everywhere, sorted or not', () => {
    fc.assert(fc.property(generated, expectSame), { numRuns: 400 });
  });

  it('(the generated maps are valid, and most have entries the fast layout writes and entries it leaves)', () => {
    const maps = fc.sample(generated, { numRuns: 200, seed: 7 });
    const valid = maps.filter((map) => 'text' in formatMapTextPlain(map));
    const split = valid.map((map) => setRunsAside(map)!);
    expect(valid.length).toBeGreaterThan(190);
    expect(split.filter(({ runs }) => runs.some((run) => run.section === 'statements')).length).toBeGreaterThan(100);
    expect(split.filter(({ runs }) => runs.some((run) => run.section === 'arguments')).length).toBeGreaterThan(60);
    expect(split.filter(({ kept }) => /^ +s\d+:/m.test(kept)).length).toBeGreaterThan(100);
  });

  it('on the maps in maps/ and on bench maps', () => {
    for (const path of ['maps/example.yaml', 'maps/unilateral-concessions.yaml']) expectSame(readFileSync(path, 'utf8'));
    expectSame(generateMap({ statements: 600, seed: 3 }).yaml);
    expectSame(generateMap({ statements: 200, seed: 4, chain: true }).yaml);
  });

  it('on the unusual: CRLF, a byte order mark, "---", no last newline, a comment at the left edge, other indentations, a quoted text over lines', () => {
    for (const text of [
      'argmap: 1\nstatements:\n  a: A\n  b: B',
      'argmap: 1\r\nstatements:\r\n  a: A\r\n  b: B\r\n',
      '\ufeffargmap: 1\nstatements:\n  a: A\n',
      '---\nargmap: 1\nstatements:\n  a: A\n',
      'argmap: 1\nstatements:\n  a: A\n# end\n',
      'argmap: 1\nstatements:\n  a: A\n\n\n',
      'argmap: 1\nstatements:\n    a: A\n    b: { text: B, tags: [x, y] }\narguments:\n    r: { supports: a, premises: [b] }\n',
      'argmap: 1\nstatements:\n  a: A\n  b:\n    text: B\n    tags:\n    - x\n    - y\n',
      'argmap: 1\nstatements:\n  é1: Ünïcode text “here”\n  b: B\n',
      'argmap: 1\nnote: "multi\n  line"\nstatements:\n  a: A\n',
    ]) {
      expectSame(text);
    }
  });

  it('on a section of many runs: every other entry has a comment beside it', () => {
    const entries = Array.from({ length: 1500 }, (_, i) => (i % 2 === 0 ? `  s${i}: { text: Text ${i} }` : `  s${i}: Text ${i}  # beside`));
    const text = `argmap: 1\nstatements:\n${entries.join('\n')}\n`;
    expect(setRunsAside(text)?.runs).toHaveLength(750);
    expectSame(text);
  });

  it('on maps already formatted, whose long texts run over several lines', () => {
    const once = formatMapTextPlain(generateMap({ statements: 300, seed: 5 }).yaml);
    if (!('text' in once)) throw new Error('the generated map has errors');
    expectSame(once.text);
  });

  it('leaves only the unusual entries of a bench map to the document model', () => {
    const map = generateMap({ statements: 1000, seed: 1 }).yaml;
    const split = setRunsAside(map);
    expect(split?.runs.map((run) => [run.section, run.entries.length])).toEqual([
      ['speakers', 2],
      ['statements', 1000],
      ['arguments', map.match(/^ {2}a\d+:/gm)!.length],
    ]);
    expect(split?.kept.split('\n').length).toBeLessThan(25);
  });
});

describe('the fast layout and white space that is not YAML\'s', () => {
  it('keeps an ideographic space (U+3000) or a no-break space at the edge of a flow item, a flow value or a continued line', () => {
    // JavaScript's trim() takes these; YAML reads them as text (found by the Argdown round trip on an imported tag).
    for (const space of ['\u3000', '\u00a0']) {
      const texts = [
        `argmap: 1\nstatements:\n  a:\n    text: Tea.\n    tags: [${space}é, x${space}]\n`,
        `argmap: 1\nstatements:\n  a: { text: Tea., tags: [x], note: n${space} }\n`,
        `argmap: 1\nstatements:\n  a: Tea is\n    ${space}warm.\n`,
      ];
      for (const text of texts) {
        expectSame(text);
        expect(outcome(() => formatMapText(text))).not.toMatch(/^threw/);
      }
    }
  });
});

describe('setRunsAside', () => {
  it('copies a section of any length that has no simple entry (more lines than a call takes arguments)', () => {
    const text = `argmap: 1\nstatements:\n${Array.from({ length: 150_000 }, (_, i) => `  s${i}: S  # c\n`).join('')}`;
    expect(setRunsAside(text)).toEqual({ kept: text, runs: [] });
  });
});

describe('sameMeaning, the check made before fmt returns anything', () => {
  const map = (text: string) => parseMap(text).map;
  it('ignores where things are written, and with sorting their order, but nothing else', () => {
    const base = 'argmap: 1\nstatements:\n  a: A\n  b: B\n';
    expect(sameMeaning(map(base), map('argmap: 1\n\nstatements:\n  a:\n    text: A\n  b: B\n'))).toBe(true);
    expect(sameMeaning(map(base), map('argmap: 1\nstatements:\n  a: A\n  b: C\n'))).toBe(false);
    expect(sameMeaning(map(base), map('argmap: 1\nstatements:\n  a: A\n  b: { text: B, tags: [x] }\n'))).toBe(false);
    expect(sameMeaning(map(base), map('argmap: 1\nstatements:\n  b: B\n  a: A\n'))).toBe(false);
    expect(sameMeaning(map(base), map('argmap: 1\nstatements:\n  b: B\n  a: A\n'), true)).toBe(true);
  });
});
