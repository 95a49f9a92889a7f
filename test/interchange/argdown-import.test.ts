import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArgdown } from '../../src/interchange/argdown/import.js';
import { mapToArgdown } from '../../src/interchange/index.js';
import { parseMap } from '../../src/index.js';
import { ROOT, runCli } from '../helpers.js';
import { importedArgdown } from './imported.js';
import { argdownShape } from './shapes.js';

const ARGDOWN = join(ROOT, '..', 'shared', 'corpora', 'argdown');

describe('Argdown import: premise–conclusion structures', () => {
  it('an argument of several steps: each step from the statements since the one before, or those its {uses: […]} numbers', () => {
    const text = '<a>\n\n(1) [p1]: P1\n(2) [p2]: P2\n----\n(3) [c1]: C1\n(4) [p3]: P3\n--\n{uses: [1, 4]}\n--\n(5) [c2]: C2\n----\n(6) [c]: C {uses: [3, 5]}\n';
    expect(importArgdown(text, 'steps.argdown').document?.arguments).toEqual({
      'a-step-1': { premises: ['p1', 'p2'], supports: 'c1' },
      'a-step-2': { premises: ['p1', 'p3'], supports: 'c2' },
      a: { premises: ['c1', 'c2'], supports: 'c' },
    });
    const withoutUses = text.replace('--\n{uses: [1, 4]}\n--', '----').replace(' {uses: [3, 5]}', '');
    expect(importArgdown(withoutUses, 'steps.argdown').document?.arguments).toEqual({
      'a-step-1': { premises: ['p1', 'p2'], supports: 'c1' },
      'a-step-2': { premises: ['c1', 'p3'], supports: 'c2' },
      a: { premises: ['c2'], supports: 'c' },
    });
  });

  it('tags are cut from the text where Argdown found them; an escaped # stays in the text', () => {
    expect(importArgdown('[s]: A \\#b is #(a tag) so #t2\n', 'tags.argdown').document?.statements).toEqual({ s: { text: 'A #b is so', tags: ['a tag', 't2'] } });
  });

  it('the title, scheme, speaker and data tags argmap\'s export writes are read back', () => {
    const text = '[s]: S {tags: ["x)", "y"], speaker: "Ann"}\n\n<a>: The title {scheme: "expert-opinion"}\n\n(1) [p]: P\n-----\n(2) [s]\n';
    const document = importArgdown(text, 'data.argdown').document;
    expect(document?.statements).toMatchObject({ s: { text: 'S', tags: ['x)', 'y'], speaker: 'ann' } });
    expect(document?.arguments).toEqual({ a: { premises: ['p'], title: 'The title', scheme: 'expert-opinion', supports: 's' } });
  });

  it('an argument of one step uses all its premises, whatever {uses: […]} says (as Argdown reads it)', () => {
    const text = '<a>\n\n(1) [p1]: P1\n(2) [p2]: P2\n--\n{uses: [1]}\n--\n(3) [c]: C\n';
    expect(importArgdown(text, 'one.argdown').document?.arguments).toEqual({ a: { premises: ['p1', 'p2'], supports: 'c' } });
  });

  it('support from an argument without a structure to another is an argument (it was dropped when neither had a conclusion)', () => {
    const text = '[t]: T\n  - <e>: E.\n    + <w>: W.\n';
    expect(importArgdown(text, 'desc.argdown').document?.arguments).toEqual({
      'e-attacks-t': { attacks: 't', premises: ['e'] },
      'w-supports-e': { supports: 'e', premises: ['w'] },
    });
  });
});

describe('Argdown round trip', () => {
  it.each(['maps/example.yaml', 'maps/unilateral-concessions.yaml'])('export then import gives back %s up to ids', (path) => {
    const { map } = parseMap(readFileSync(path, 'utf8'), path);
    expect(argdownShape(importedArgdown(mapToArgdown(map), path).map)).toEqual(argdownShape(map));
  });

  it('export then import gives back backings (an argument supporting an argument), chained, beside an undercut', () => {
    const backed = 'argmap: 1\nstatements: {t: T, p: P, r: R, u: U}\narguments:\n  main: { supports: t, premises: [p] }\n  back: { supports: main, premises: [r] }\n  cut: { undercuts: main, premises: [u] }\n  back2: { supports: back, premises: [u] }\n';
    const { map } = parseMap(backed, 'backed.yaml');
    expect(map.arguments.filter((a) => a.backing).map((a) => a.id)).toEqual(['back', 'back2']);
    expect(argdownShape(importedArgdown(mapToArgdown(map), 'backed.yaml').map)).toEqual(argdownShape(map));
  });
});
describe('Argdown import: what argmap cannot hold is a warning at its Argdown line', () => {
  const warnings = (text: string) => importArgdown(text, 'in.argdown').diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
  const withStructure = '<arg>\n\n(1) [p]: P\n----\n(2) [c]: C\n\n';

  it('support for an argument', () => {
    expect(warnings(`${withStructure}[s]: S\n  +> <arg>\n`)).toEqual([
      'in.argdown:8:1 warning import-unsupported: The support for <arg> was left out: argmap arguments support statements, not other arguments.',
    ]);
  });

  it('an undercut of a statement, and of an argument without premises and conclusion', () => {
    expect(warnings('[a]: A\n  _> [b]: B\n')).toEqual([
      'in.argdown:2:1 warning import-unsupported: The undercut of [b] was left out: only an argument with premises and a conclusion has an inference to undercut.',
    ]);
    expect(warnings('<d>: A description.\n\n[a]: A\n  _> <d>\n')).toEqual([
      'in.argdown:4:1 warning import-unsupported: The undercut of <d> was left out: only an argument with premises and a conclusion has an inference to undercut.',
    ]);
  });

  it('an attack on an argument, which becomes an undercut', () => {
    const outcome = importArgdown(`${withStructure}[s]: S\n  -> <arg>\n`, 'in.argdown');
    expect(outcome.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code}: ${d.message}`)).toEqual([
      '8:1-8:11 import-argument-attack: The attack on <arg> became an undercut: argmap attacks statements, and undercuts arguments.',
    ]);
    expect(outcome.document?.arguments).toMatchObject({ 's-undercuts-arg': { undercuts: 'arg', premises: ['s'] } });
  });

  it('a statement that supports itself', () => {
    expect(warnings('[a]: A\n  + [a]\n')).toEqual(['in.argdown:2:1 warning import-unsupported: The support from [a] to itself was left out: a statement cannot argue for or against itself.']);
  });

  it('a syntax error, at the line and column Argdown gives', () => {
    expect(warnings('[a]: A\n\n(1) [p]\n--\n(x)')).toEqual([
      'in.argdown:5:3 error import-argdown-syntax: Argdown cannot read this: Invalid inference syntax. Please end your inference with two hyphens (--)',
    ]);
  });

  it("on Argdown's own files: each left-out relation at the line that writes it", () => {
    if (!existsSync(ARGDOWN)) return;
    const file = 'files/examples/legalisation-softdrugs.argdown';
    const text = readFileSync(join(ARGDOWN, file), 'utf8');
    const found = importArgdown(text, file).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${text.split('\n')[d.line - 1]!.trim().slice(0, 30)}`);
    expect(found).toEqual(['82:1 import-unsupported <_ <Poor reason>: In any case,', '116:1 import-unsupported <_ <Addiction no reason to ban']);
  });

  it('argmap import prints the warning at its line, and a syntax error alone, without Argdown\'s own stack trace', () => {
    const warned = runCli(['import', '-', '--from', 'argdown'], { input: '[a]: A\n  _> [b]: B\n', env: { NO_COLOR: '1' } });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe(
      '<stdin>:2:1  warning  The undercut of [b] was left out: only an argument with premises and a conclusion has an inference to undercut.  [import-unsupported]\n' +
        '  2 |   _> [b]: B\n    | ^^^^^^^^^^^\n  hint: Attack the statement instead (->), or give the argument a premise–conclusion structure.\n',
    );
    const broken = runCli(['import', '-', '--from', 'argdown'], { input: '[a]: A\n\n(1) [p]\n--\n(x)', env: { NO_COLOR: '1' } });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/^<stdin>:5:3 {2}error {2}Argdown cannot read this: Invalid inference syntax\. Please end your inference with two hyphens \(--\) {2}\[import-argdown-syntax\]\n/);
    expect(broken.stderr).not.toContain('ModelPlugin');
  });
});

describe("Argdown import: what Argdown's own parser cannot read", () => {
  it('a document of more paragraphs than @argdown/core can hold is an error, not a map with nothing in it', () => {
    const outcome = importArgdown('[a]: A\n\n'.repeat(130_000), 'huge.argdown');
    expect(outcome.document).toBeUndefined();
    expect(outcome.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`)).toEqual([
      "1:1 error import-argdown-failed: Argdown's parser cannot read a document with this many paragraphs (its limit is about 120,000).",
    ]);
  });
});
