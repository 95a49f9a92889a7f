import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/check/quotes.js';
import { normalisedHash, normaliseText } from '../../src/check/rules/duplicate-statement.js';
import { checkText, RULE_METADATA } from '../../src/check/run.js';
import { formatDiagnostics } from '../../src/diagnostics/format-pretty.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { SourceText } from '../../src/check/rule.js';
import { SCHEMES } from '../../src/check/schemes.js';

const ruleIds = new Set(RULE_METADATA.map((rule) => rule.id));

interface RandomStatement {
  text: string;
  /** none, the statement's own text (found in the source), or words the source does not have. */
  quote: 'none' | 'same' | 'other';
  implicit: boolean;
  /** Reported from another speaker (said-by), for unendorsed-report. */
  reported: boolean;
}

interface RandomArgument {
  kind: 'supports' | 'attacks' | 'undercuts';
  target: number;
  premises: number[];
  scheme?: string;
}

interface RandomMap {
  statements: RandomStatement[];
  theses: number[];
  arguments: RandomArgument[];
  contradictions: [number, number][];
  /** Labels expected under "expect:", right or wrong. */
  expected: [number, 'in' | 'out' | 'undecided'][];
  source: 'none' | 'text' | 'unreadable';
  /** One reference to nothing, so that some maps do not parse. */
  broken: boolean;
}

const rarely = (oneIn: number) => fc.nat(oneIn - 1).map((x) => x === 0);
// Never blank: a blank text is a parse error, and the rules would never run.
const texts = fc
  .string({ unit: fc.constantFrom('a', 'B', ' ', '.', '’', '\u0007', '\u202e', 'é', '—', '"'), minLength: 1, maxLength: 12 })
  .filter((text) => text.trim() !== '');
const randomMap: fc.Arbitrary<RandomMap> = fc
  .integer({ min: 1, max: 9 })
  .chain((n) =>
    fc.record({
      statements: fc.array(fc.record({ text: texts, quote: fc.constantFrom('none', 'same', 'same', 'other'), implicit: rarely(6), reported: rarely(5) }), { minLength: n, maxLength: n }),
      theses: fc.uniqueArray(fc.nat(n - 1), { maxLength: 3 }),
      arguments: fc.array(
        fc.record({
          kind: fc.constantFrom('supports', 'attacks', 'undercuts'),
          target: fc.nat(n + 8),
          premises: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 3 }),
          scheme: fc.option(fc.constantFrom(...SCHEMES.map((s) => s.id), 'analogie', 'made-up', 'bell\u0007\u202e'), { nil: undefined }),
        }),
        { maxLength: 14 },
      ),
      contradictions: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 }),
      expected: fc.array(fc.tuple(fc.nat(n - 1), fc.constantFrom('in' as const, 'out' as const, 'undecided' as const)), { maxLength: 2 }),
      source: fc.constantFrom('none', 'text', 'unreadable'),
      broken: rarely(8),
    }),
  );

/**
 * YAML for a random map: statement ids s0…, argument ids a0…. Supports and
 * attacks aim at statements (a support now and then at an earlier argument,
 * which it backs); an undercut aims at an argument written before
 * it (so undercuts never form a loop), or now and then at a statement, for
 * the undercut-target rule.
 */
function toYaml(map: RandomMap): string {
  const n = map.statements.length;
  const lines = ['argmap: 1'];
  if (map.source !== 'none') lines.push(`source: { file: ${map.source === 'text' ? 'source.txt' : 'missing.txt'} }`);
  if (map.theses.length > 0) lines.push(`theses: [${map.theses.map((i) => `s${i}`).join(', ')}]`);
  // Speakers only when a statement is reported, so the other maps stay as they were.
  if (map.statements.some((s) => s.reported)) lines.push('speakers: { me: { name: Me, role: author }, them: Them }');
  lines.push('statements:');
  map.statements.forEach(({ text, quote, implicit, reported }, i) => {
    const quoted = quote === 'none' ? '' : `, quote: ${JSON.stringify(quote === 'same' ? text : `zq ${text}`)}`;
    lines.push(`  s${i}: { text: ${JSON.stringify(text)}${quoted}${implicit ? ', implicit: true' : ''}${reported ? ', said-by: them' : ''} }`);
  });
  const written: string[] = [];
  const argumentLines: string[] = [];
  map.arguments.forEach((argument, i) => {
    // Now and then a support backs an argument written before it.
    const backs = argument.kind === 'supports' && written.length > 0 && argument.target === n + 8;
    const atStatement = !backs && (argument.kind !== 'undercuts' || written.length === 0 || argument.target >= n + 7);
    const target = atStatement ? `s${argument.target % n}` : written[argument.target % written.length]!;
    const premises = argument.premises.map((p) => `s${p}`).filter((p) => p !== target);
    if (premises.length === 0) {
      if (n === 1) return;
      premises.push(`s${(argument.premises[0]! + 1) % n}`);
    }
    const scheme = argument.scheme ? `, scheme: ${JSON.stringify(argument.scheme)}` : '';
    argumentLines.push(`  a${i}: { ${argument.kind}: ${target}, premises: [${premises.join(', ')}]${scheme} }`);
    written.push(`a${i}`);
  });
  if (map.broken) argumentLines.push('  broken: { supports: nowhere, premises: [s0] }');
  if (argumentLines.length > 0) lines.push('arguments:', ...argumentLines);
  const pairs = map.contradictions.filter(([a, b]) => a !== b);
  if (pairs.length > 0) lines.push('contradictions:', ...pairs.map(([a, b]) => `  - [s${a}, s${b}]`));
  if (map.expected.length > 0) lines.push('expect:', ...map.expected.map(([i, label]) => `  ${label}: [s${i}]`).filter((line, i, all) => all.findIndex((other) => other.split(':')[0] === line.split(':')[0]) === i));
  return `${lines.join('\n')}\n`;
}

/** The source text given to the quote rules: the statements' texts, or a file that could not be read. */
function sourceOf(map: RandomMap): SourceText | undefined {
  if (map.source === 'none') return undefined;
  if (map.source === 'unreadable') return { file: 'missing.txt', error: 'missing.txt: no such file' };
  return { file: 'source.txt', text: map.statements.map((s) => s.text).join('\n') };
}

const isParseError = (d: Diagnostic) => d.severity === 'error' && !ruleIds.has(d.code);

/** A cycle in the support graph, by Kahn's algorithm: the reference the Tarjan-based rule must agree with. */
function hasSupportCycle(text: string): boolean {
  const edges = [...text.matchAll(/\{ supports: (s\d+), premises: \[([^\]]*)\]/g)].flatMap((m) => m[2]!.split(', ').map((p) => [p, m[1]!] as const));
  const nodes = new Set(edges.flat());
  const indegree = new Map([...nodes].map((node) => [node, 0]));
  for (const [, to] of edges) indegree.set(to, indegree.get(to)! + 1);
  const ready = [...nodes].filter((node) => indegree.get(node) === 0);
  let removed = 0;
  while (ready.length > 0) {
    const node = ready.pop()!;
    removed++;
    for (const [from, to] of edges) if (from === node && indegree.set(to, indegree.get(to)! - 1).get(to) === 0) ready.push(to);
  }
  return removed < nodes.size;
}

describe('the rules on random maps', () => {
  it('never throw, point inside the file, and the pretty report keeps control characters out', () => {
    fc.assert(
      fc.property(randomMap, (random) => {
        const text = toYaml(random);
        const source = sourceOf(random);
        const lineCount = text.split('\n').length;
        const found = checkText(text, 'm.yaml', { ...(source ? { source } : {}), rules: { 'critical-question': 'info' } });
        for (const d of found) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
        // Diagnostics hold the map's text raw; the reporter escapes it.
        expect(formatDiagnostics(found, { sources: new Map([['m.yaml', text]]) })).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      }),
      { numRuns: 300 },
    );
  });

  it('report circular reasoning exactly when the support graph has a cycle, and each reported circle is real', () => {
    fc.assert(
      fc.property(randomMap, (random) => {
        const text = toYaml(random);
        const diagnostics = checkText(text, 'm.yaml');
        // Some maps are made not to parse; then no rule runs.
        if (diagnostics.some(isParseError)) return;
        const circles = diagnostics.filter((d) => d.code === 'circular-reasoning');
        expect(circles.length > 0).toBe(hasSupportCycle(text));
        for (const circle of circles) {
          const ids = [...circle.message.matchAll(/"(s\d+)"/g)].map((m) => m[1]!);
          expect(ids[0]).toBe(ids[ids.length - 1]);
          for (let i = 0; i + 1 < ids.length; i++) {
            expect(text).toMatch(new RegExp(`\\{ supports: ${ids[i + 1]}, premises: \\[([^\\]]*, )?${ids[i]}(, [^\\]]*)?\\]`));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the random maps', () => {
  // A property over maps that mostly fail to parse tests only the parser.
  it('mostly parse, and between them make every rule fire', () => {
    const samples = fc.sample(randomMap, { numRuns: 400, seed: 20260314 });
    let parsed = 0;
    const fired = new Set<string>();
    for (const random of samples) {
      const source = sourceOf(random);
      const diagnostics = checkText(toYaml(random), 'm.yaml', { ...(source ? { source } : {}), rules: { 'critical-question': 'info' } });
      if (!diagnostics.some(isParseError)) parsed++;
      for (const d of diagnostics) if (ruleIds.has(d.code)) fired.add(d.code);
    }
    expect(parsed / samples.length).toBeGreaterThan(0.75);
    expect(parsed / samples.length).toBeLessThan(1);
    expect([...ruleIds].filter((id) => !fired.has(id))).toEqual([]);
  });
});

describe('duplicate-statement normalisation', () => {
  it('hashes texts with the same normal form alike, whichever path (ASCII or Unicode) computes it', () => {
    const unit = fc.constantFrom('a', 'B', 'z', '0', ' ', '\t', '.', ',', "'", '`', '-', 'é', '’', 'Ａ', 'ﬁ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), fc.string({ unit, maxLength: 20 }), (a, b) => {
        if (normaliseText(a) === normaliseText(b)) expect(normalisedHash(a)).toBe(normalisedHash(b));
        expect(normalisedHash(a) === undefined).toBe(normaliseText(a) === '');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  // The straightforward definition the faster tokenizer must keep to.
  const reference = (text: string) => {
    const tokens: { value: string; start: number; end: number }[] = [];
    for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+|[\s]+|[^\s\p{L}\p{N}\p{M}]/gu)) {
      const raw = match[0];
      const start = match.index;
      if (/^\s/u.test(raw)) continue;
      let value = raw.normalize('NFKC').toLowerCase();
      if (/^['"`´‘’‚‛“”„‟′″‹›«»＂＇]$/u.test(raw)) value = "'";
      else if (/^[-‐‑‒–—―−﹘﹣－]$/u.test(raw)) value = '-';
      const previous = tokens[tokens.length - 1];
      if (value === "'" && previous?.value === "'" && previous.end === start) {
        previous.end = start + raw.length;
        continue;
      }
      if (value === '...') {
        for (let i = 0; i < 3; i++) tokens.push({ value: '.', start, end: start + raw.length });
        continue;
      }
      tokens.push({ value, start, end: start + raw.length });
    }
    return tokens;
  };

  it('cuts text exactly as the reference definition does', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'Z', '1', ' ', '\n', '"', '“', '’', '—', '-', '…', '.', 'ﬁ', 'Ⅻ', '\u0301', '😀'), fc.string({ maxLength: 1 }));
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }), { numRuns: 2000 });
  });
});
