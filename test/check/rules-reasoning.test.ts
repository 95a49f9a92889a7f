import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers.js';
import { check, found } from './check-helpers.js';

describe('circular-reasoning', () => {
  const circle = yaml`
    argmap: 1
    theses: [a]
    statements: { a: A, b: B, c: C, d: D }
    arguments:
      ab: { supports: a, premises: [b] }
      bc: { supports: b, premises: [c, d] }
      ca: { supports: c, premises: [a] }
  `;

  it('reports a cycle once, at its first step, with every step as a related position', () => {
    const [finding, ...rest] = check(circle).filter((d) => d.code === 'circular-reasoning');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      line: 7,
      column: 33,
      message: 'Circular reasoning (3 steps): "a" → "c" → "b" → "a".',
    });
    expect(finding!.related!.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([
      '7:33 step 1: "a" is a premise of "ca", which supports "c"',
      '6:33 step 2: "c" is a premise of "bc", which supports "b"',
      '5:33 step 3: "b" is a premise of "ab", which supports "a"',
    ]);
  });

  it('reports two separate circles separately, and a knot of overlapping circles once', () => {
    const text = yaml`
      argmap: 1
      theses: [a]
      statements: { a: A, b: B, c: C, x: X, y: Y }
      arguments:
        ab: { supports: a, premises: [b] }
        ba: { supports: b, premises: [a] }
        bc: { supports: b, premises: [c] }
        cb: { supports: c, premises: [b] }
        xy: { supports: x, premises: [y] }
        yx: { supports: y, premises: [x] }
        xa: { supports: a, premises: [x] }
    `;
    const findings = check(text).filter((d) => d.code === 'circular-reasoning');
    expect(findings.map((d) => d.message)).toEqual([
      'Circular reasoning (2 steps): "a" → "b" → "a".',
      'Circular reasoning (2 steps): "x" → "y" → "x".',
    ]);
    expect(findings[0]!.hint).toContain('3 statements support each other in circles here');
  });

  it('does not count attacks, or a statement supporting two claims that support a third', () => {
    const text = yaml`
      argmap: 1
      theses: [a]
      statements: { a: A, b: B, c: C, d: D }
      arguments:
        ba: { supports: a, premises: [b, c] }
        db: { supports: b, premises: [d] }
        dc: { supports: c, premises: [d] }
        ad: { attacks: d, premises: [a] }
    `;
    expect(found(text, 'circular-reasoning')).toEqual([]);
  });

  it('handles a circle 100,000 statements long without deep recursion', () => {
    const n = 100_000;
    const lines = ['argmap: 1', 'theses: [s0]', 'statements:'];
    for (let i = 0; i < n; i++) lines.push(`  s${i}: S${i}`);
    lines.push('arguments:');
    for (let i = 0; i < n; i++) lines.push(`  a${i}: { supports: s${i}, premises: [s${(i + 1) % n}] }`);
    const [finding] = check(`${lines.join('\n')}\n`, { rules: { 'single-premise': 'off' } }).filter((d) => d.code === 'circular-reasoning');
    expect(finding!.message).toMatch(/^Circular reasoning \(100000 steps\): "s0" → "s99999" → .* → … → "s0"\.$/);
    expect(finding!.related).toHaveLength(100);
  });
});

describe('support-and-attack', () => {
  it('reports a statement that is a premise for and against the same claim, at the second use', () => {
    const text = yaml`
      argmap: 1
      theses: [ban]
      statements: { ban: Ban cars., quiet: It would be quiet., other: Other. }
      arguments:
        calm: { supports: ban, premises: [quiet, other] }
        dull: { attacks: ban, premises: [quiet] }
    `;
    const [finding] = check(text).filter((d) => d.code === 'support-and-attack');
    expect(finding).toMatchObject({ severity: 'error', line: 6, column: 36 });
    expect(finding!.message).toBe('"quiet" is a premise both for and against "ban": in "calm" and in "dull".');
    expect(finding!.related).toMatchObject([{ line: 5, column: 37, message: 'also a premise of "calm", which supports it' }]);
  });

  it('allows a statement that supports one claim and attacks another', () => {
    const text = yaml`
      argmap: 1
      theses: [ban]
      statements: { ban: Ban cars., quiet: It would be quiet., noisy: It is noisy. }
      arguments:
        calm: { supports: ban, premises: [quiet] }
        hush: { attacks: noisy, premises: [quiet] }
    `;
    expect(found(text, 'support-and-attack')).toEqual([]);
  });
});

describe('inconsistent-premises', () => {
  it('reports both sides of a contradiction used as premises of one argument', () => {
    const text = yaml`
      argmap: 1
      theses: [close]
      statements: { close: Close it., busy: Busy., empty: Empty. }
      arguments:
        traffic: { supports: close, premises: [busy, empty] }
      contradictions:
        - [busy, empty]
    `;
    expect(found(text, 'inconsistent-premises')).toEqual(['error 5:48']);
  });

  it('reports contradictory theses at the second one', () => {
    const text = yaml`
      argmap: 1
      theses: [busy, close, empty]
      statements: { close: Close it., busy: Busy., empty: Empty. }
      contradictions:
        - [empty, busy]
    `;
    expect(found(text, 'inconsistent-premises')).toEqual(['error 2:23']);
  });

  it('reports a premise used to undercut, or to attack a premise of, an argument that rests on it', () => {
    const text = yaml`
      argmap: 1
      theses: [c]
      statements: { c: C, p: P, q: Q, r: R }
      arguments:
        main: { supports: c, premises: [p, q] }
        cut: { undercuts: main, premises: [r, p] }
        undermine: { attacks: q, premises: [p] }
    `;
    const findings = check(text).filter((d) => d.code === 'inconsistent-premises');
    expect(findings.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '6:41 Argument "cut" uses "p" to undercut "main", but "main" rests on "p" itself.',
      '7:39 Argument "undermine" uses "p" to attack "q", a premise of "main", but "main" rests on "p" itself.',
    ]);
    expect(findings[0]!.related).toMatchObject([{ line: 5, column: 35 }]);
  });

  it('allows contradictory statements on opposite sides, and attacks by other statements', () => {
    const text = yaml`
      argmap: 1
      theses: [close]
      statements: { close: Close it., busy: Busy., empty: Empty., p: P }
      arguments:
        traffic: { supports: close, premises: [busy, p] }
        quiet: { attacks: busy, premises: [empty] }
        cut: { undercuts: traffic, premises: [empty] }
      contradictions:
        - [busy, empty]
    `;
    expect(found(text, 'inconsistent-premises')).toEqual([]);
  });
});

describe('undercut-target', () => {
  it('reports an undercut aimed at a statement, naming the arguments for it', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements: { lane: Lane., safer: Safer., no-data: No data. }
      arguments:
        safety: { supports: lane, premises: [safer] }
        gap: { undercuts: lane, premises: [no-data] }
    `;
    const [finding] = check(text).filter((d) => d.code === 'undercut-target');
    expect(finding).toMatchObject({ severity: 'error', line: 6, column: 21 });
    expect(finding!.hint).toContain('"attacks: lane"');
    expect(finding!.hint).toContain('undercut an argument for it: "safety"');
  });

  it('accepts an undercut aimed at an argument', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements: { lane: Lane., safer: Safer., no-data: No data. }
      arguments:
        safety: { supports: lane, premises: [safer] }
        gap: { undercuts: safety, premises: [no-data] }
    `;
    expect(found(text, 'undercut-target')).toEqual([]);
  });
});

describe('circular-reasoning messages', () => {
  it('stay short when the ids are long, cutting the middle of the circle', () => {
    const id = (k: string) => `${k}-${'x'.repeat(70)}`;
    const text = yaml`
      argmap: 1
      theses: [${id('a')}]
      statements: { ${id('a')}: A, ${id('b')}: B, ${id('c')}: C }
      arguments:
        ab: { supports: ${id('a')}, premises: [${id('b')}] }
        bc: { supports: ${id('b')}, premises: [${id('c')}] }
        ca: { supports: ${id('c')}, premises: [${id('a')}] }
    `;
    const [finding] = check(text).filter((d) => d.code === 'circular-reasoning');
    expect(finding!.message.length).toBeLessThan(300);
    expect(finding!.message).toMatch(/^Circular reasoning \(3 steps\): "a-x+…" → … → "a-x+…"\.$/);
    expect(finding!.related).toHaveLength(3);
  });
});
