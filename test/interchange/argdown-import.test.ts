import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { claimText, importArgdown, mapToArgdown } from '../../src/interchange/argdown/index.js';
import { parseMap } from '../../src/index.js';
import { ROOT, runCli } from '../helpers.js';

const ARGDOWN = join(ROOT, '..', 'shared', 'corpora', 'argdown');

interface Expected {
  statements: Record<string, { members: { text?: string }[] }>;
  arguments: Record<string, { pcs: unknown[] }>;
  relations: { from: string; to: string; relationType: string; fromType: string; toType: string }[];
}

function imported(text: string, file: string) {
  const outcome = importArgdown(text, file);
  expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { map, diagnostics } = parseMap(dump(outcome.document), file);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return map;
}

describe.skipIf(!existsSync(ARGDOWN))(`Argdown import on Argdown's own files${existsSync(ARGDOWN) ? '' : ` (skipped: ${ARGDOWN} is absent)`}`, () => {
  const status = existsSync(ARGDOWN) ? readFileSync(join(ARGDOWN, 'expected-json', 'STATUS-argdown-1.7.5.txt'), 'utf8').split('\n') : [];
  const readable = status.filter((line) => line.endsWith(' ok')).map((line) => line.slice(0, -3));
  // Argdown's CLI reads these two with its own preprocessing (an @include, a file of front matter only).
  const cliOnly = new Set(['files/packages/argdown-cli/test/include-test.argdown', 'docs-snippets/syntax__README__59.argdown']);

  it('reads the 220 files Argdown reads', () => {
    expect(readable).toHaveLength(220);
  });

  it.each(readable.filter((file) => !cliOnly.has(file)))('%s: the statements, arguments and relations Argdown finds', (file) => {
    const map = imported(readFileSync(join(ARGDOWN, file), 'utf8'), file);
    const expected = JSON.parse(readFileSync(join(ARGDOWN, 'expected-json', file.replace(/\.(argdown|ad)$/, '.json')), 'utf8')) as Expected;
    const withStructure = Object.values(expected.arguments).filter((a) => a.pcs.length > 0).length;
    // Each statement, and each argument without a structure (as the claim it makes), is a statement.
    expect(map.statements.length).toBe(Object.keys(expected.statements).length + Object.keys(expected.arguments).length - withStructure);
    // Each argument with a structure is an argument (with one more per intermediary conclusion).
    expect(map.arguments.filter((a) => !a.id.includes('-supports-') && !a.id.includes('-attacks-') && !a.id.includes('-undercuts-')).length).toBeGreaterThanOrEqual(withStructure);
    // Each support or attack between two statements is an argument from the one to the other.
    const texts = new Map(map.statements.map((s) => [s.id, s.text]));
    const pairs = new Set(map.arguments.flatMap((a) => a.premises.map((p) => `${a.kind}:${texts.get(p.id)}→${texts.get(a.target.id)}`)));
    const textOf = (title: string) => expected.statements[title]?.members.map((m) => claimText(m.text)).find((t) => t) ?? title;
    for (const relation of expected.relations) {
      if (relation.fromType !== 'equivalence-class' || relation.toType !== 'equivalence-class' || !['support', 'attack'].includes(relation.relationType)) continue;
      expect(pairs, `${relation.relationType} ${relation.from} → ${relation.to}`).toContain(`${relation.relationType}:${textOf(relation.from)}→${textOf(relation.to)}`);
    }
    const contrary = expected.relations.filter((r) => r.relationType === 'contrary' || r.relationType === 'contradictory').length;
    expect(map.contradictions.length).toBe(contrary);
  });
});

describe('Argdown round trip', () => {
  it('export then import gives back the example map and the article map: statements, arguments, contradictions', () => {
    for (const path of ['maps/example.yaml', 'maps/unilateral-concessions.yaml']) {
      const { map } = parseMap(readFileSync(path, 'utf8'), path);
      const back = imported(mapToArgdown(map), path);
      const shape = (m: typeof map) => {
        const text = new Map(m.statements.map((s) => [s.id, s.text]));
        const argumentKey = (id: string) => {
          const a = m.arguments.find((x) => x.id === id)!;
          return `${a.kind}(${a.premises.map((p) => text.get(p.id)).sort().join('+')})`;
        };
        return {
          statements: [...text.values()].sort(),
          arguments: m.arguments.map((a) => `${argumentKey(a.id)} → ${a.kind === 'undercut' ? argumentKey(a.target.id) : text.get(a.target.id)}`).sort(),
          contradictions: m.contradictions.map((c) => c.between.map((r) => text.get(r.id)).sort().join(' ⊥ ')).sort(),
        };
      };
      expect(shape(back), path).toEqual(shape(map));
    }
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
    expect(warnings('[a]: A\n  + [a]\n')).toEqual(['in.argdown:2:1 warning import-unsupported: The support from [a] to itself was left out: a statement cannot be its own reason.']);
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
