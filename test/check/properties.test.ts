import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/check/quotes.js';
import { normalisedHash, normaliseText } from '../../src/check/rules/duplicate-statement.js';
import { checkText, RULE_METADATA } from '../../src/check/run.js';
import { formatDiagnostics } from '../../src/diagnostics/format-pretty.js';
import { SCHEMES } from '../../src/check/schemes.js';

const ruleIds = new Set(RULE_METADATA.map((rule) => rule.id));

interface RandomArgument {
  kind: 'supports' | 'attacks' | 'undercuts';
  target: number;
  premises: number[];
  scheme?: string;
}

const texts = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '’', '\u0007', '\u202e', 'é', '—', '"'), minLength: 1, maxLength: 12 });
const randomMap = fc
  .integer({ min: 1, max: 9 })
  .chain((n) =>
    fc.record({
      texts: fc.array(texts, { minLength: n, maxLength: n }),
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
      quoted: fc.boolean(),
    }),
  );

/** YAML for a random map: statement ids s0…, argument ids a0…; targets past the statements name arguments. */
function toYaml(map: { texts: string[]; theses: number[]; arguments: RandomArgument[]; contradictions: [number, number][]; quoted: boolean }): string {
  const n = map.texts.length;
  const lines = ['argmap: 1'];
  if (map.quoted) lines.push('source: { file: source.txt }');
  if (map.theses.length > 0) lines.push(`theses: [${map.theses.map((i) => `s${i}`).join(', ')}]`);
  lines.push('statements:');
  map.texts.forEach((text, i) => lines.push(`  s${i}: { text: ${JSON.stringify(text)}${map.quoted && i % 2 ? `, quote: ${JSON.stringify(text)}` : ''} }`));
  if (map.arguments.length > 0) lines.push('arguments:');
  map.arguments.forEach((argument, i) => {
    const target = argument.kind === 'undercuts' || argument.target >= n ? `a${argument.target % map.arguments.length}` : `s${argument.target}`;
    const premises = argument.premises.filter((p) => `s${p}` !== target).map((p) => `s${p}`);
    if (premises.length === 0) premises.push(`s${(argument.premises[0]! + 1) % n}`);
    if (premises.includes(target)) return;
    const scheme = argument.scheme ? `, scheme: ${JSON.stringify(argument.scheme)}` : '';
    lines.push(`  a${i}: { ${argument.kind}: ${target}, premises: [${premises.join(', ')}]${scheme} }`);
  });
  const pairs = map.contradictions.filter(([a, b]) => a !== b);
  if (pairs.length > 0) lines.push('contradictions:', ...pairs.map(([a, b]) => `  - [s${a}, s${b}]`));
  return `${lines.join('\n')}\n`;
}

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
        const source = { file: 'source.txt', text: random.texts.join('\n') };
        const lineCount = text.split('\n').length;
        const found = checkText(text, 'm.yaml', { source, rules: { 'critical-question': 'info' } });
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
        const text = toYaml({ ...random, quoted: false });
        const diagnostics = checkText(text, 'm.yaml');
        // Random targets sometimes make a map that does not parse; then no rule runs.
        if (diagnostics.some((d) => d.severity === 'error' && !ruleIds.has(d.code))) return;
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
