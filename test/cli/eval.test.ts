import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, yaml } from '../helpers.js';
import { tempDir } from '../temp.js';

const MAP = yaml`
  argmap: 1
  theses: [lane]
  statements:
    lane: Build the bike lane.
    safer: The lane makes the street safer.
    costly: The lane costs too much.
    grant: A grant pays for it.
  arguments:
    safety: { supports: lane, premises: [safer] }
    cost: { attacks: lane, premises: [costly] }
    grant-pays: { attacks: costly, premises: [grant] }
`;

describe('argmap eval', () => {
  it('prints each thesis, then every statement, with its label', () => {
    expect(runCli(['eval', '-'], { input: MAP })).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Theses',
        '  ✔ in         lane    Build the bike lane.',
        '',
        'Statements',
        '  ✔ in         lane    Build the bike lane.',
        '  ✔ in         safer   The lane makes the street safer.',
        '  ✘ out        costly  The lane costs too much.',
        '  ✔ in         grant   A grant pays for it.',
        '',
        '4 statements: 3 in, 1 out, 0 undecided (grounded semantics).',
        '',
      ].join('\n'),
    });
  });

  it('--semantics dfquad adds strengths; --format json gives labels, arguments and strengths', () => {
    const pretty = runCli(['eval', '-', '--semantics', 'dfquad'], { input: MAP });
    // costly: 0.5 − 0.5·0.5 = 0.25; cost: 0.25; safety: 0.5; lane: 0.5 + 0.5·(0.5 − 0.25) = 0.625.
    expect(pretty.stdout.split('\n')[1]).toBe('  ✔ in        0.625  lane    Build the bike lane.');
    const json = JSON.parse(runCli(['eval', '-', '--semantics', 'dfquad', '--format', 'json'], { input: MAP }).stdout);
    expect(json).toEqual({
      semantics: 'dfquad',
      theses: ['lane'],
      labels: { lane: 'in', safer: 'in', costly: 'out', grant: 'in' },
      arguments: { safety: 'in', cost: 'out', 'grant-pays': 'in' },
      strengths: { lane: 0.625, safer: 0.5, costly: 0.25, grant: 0.5, safety: 0.5, cost: 0.25, 'grant-pays': 0.5 },
      converged: true,
    });
  });

  it('--why explains a label down to what the text asserts', () => {
    expect(runCli(['eval', '-', '--why', 'lane'], { input: MAP }).stdout).toBe(
      [
        '✔ in  lane: supported by safety, which is in, and every attack on it fails',
        '  ✔ in  safety (argument for): its premises are in, and nothing undercuts it',
        '    ✔ in  safer: nothing supports or attacks it: it stands as the text asserts it',
        '  ✘ out  cost (argument against): its premise costly is out',
        '    ✘ out  costly: attacked by grant-pays, which is in',
        '      ✔ in  grant-pays (argument against): its premises are in, and nothing undercuts it',
        '        ✔ in  grant: nothing supports or attacks it: it stands as the text asserts it',
        '',
      ].join('\n'),
    );
  });

  it('--why names the cycle that leaves a statement undecided', () => {
    const run = runCli(['eval', 'maps/example.yaml', '--why', 'customers-walk']);
    expect(run.stdout).toBe(
      [
        '? undecided  customers-walk: it contradicts customers-drive, which is undecided',
        '  ? undecided  customers-drive: it contradicts customers-walk, which is undecided',
        '    ? undecided  customers-walk: customers-walk and customers-drive contradict each other, and nothing settles which one holds',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 when a label under "expect:" differs, and check reports it at the id', () => {
    const dir = tempDir();
    const path = join(dir, 'map.yaml');
    writeFileSync(path, `${MAP}expect:\n  in: [lane, costly]\n`);
    const run = runCli(['eval', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('argmap: costly is expected to be ✔ in but is ✘ out (argmap eval --why costly).\nargmap: 1 expected label of 2 not met.\n');
    const check = runCli(['check', path]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${path}:13:14  error  "costly" is expected to be in, but the map makes it out.  [expected-label]`);
    expect(check.stdout).toContain('hint: costly is out: attacked by grant-pays, which is in. argmap eval --why costly shows the whole derivation.');
  });

  it('refuses an unknown --why id with a suggestion (exit 2), and reports map errors instead of labels (exit 1)', () => {
    expect(runCli(['eval', '-', '--why', 'lame'], { input: MAP })).toEqual({ code: 2, stdout: '', stderr: 'argmap: no statement or argument "lame" in <stdin>. Did you mean "lane"?\n' });
    const broken = runCli(['eval', '-'], { input: 'argmap: 1\nstatements:\n  a: A\narguments:\n  x: { supports: b, premises: [a] }\n' });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('[unknown-ref]');
  });

  it('the example map and the article map meet their own expectations', () => {
    expect(runCli(['eval', 'maps/example.yaml']).code).toBe(0);
    const article = runCli(['eval', 'maps/unilateral-concessions.yaml']);
    expect(article.code).toBe(0);
    expect(article.stdout.split('\n').slice(0, 5)).toEqual([
      'Theses',
      expect.stringMatching(/^ {2}✔ in {9}concessions-blunder /),
      expect.stringMatching(/^ {2}✔ in {9}nato-undermined /),
      expect.stringMatching(/^ {2}✔ in {9}europe-step-up /),
      '',
    ]);
  });
});

describe('--eval in tree and export', () => {
  it('tree --eval marks each statement and argument', () => {
    expect(runCli(['tree', '-', '--eval', '--width', '80'], { input: MAP }).stdout).toBe(
      [
        '✔ lane  Build the bike lane.',
        '├─ + ✔ safety',
        '│  └─ ✔ safer  The lane makes the street safer.',
        '└─ − rebut ✘ cost',
        '   └─ ✘ costly  The lane costs too much.',
        '      └─ − undermine ✔ grant-pays',
        '         └─ ✔ grant  A grant pays for it.',
        '',
      ].join('\n'),
    );
    expect(runCli(['tree', '-', '--eval', '--ascii'], { input: MAP }).stdout.split('\n')[1]).toBe('|- + [in] safety');
  });

  it('export --eval puts the mark in each box, the label\'s colour on its border, and the labels in the legend', () => {
    const dot = runCli(['export', '-', '--eval', '--format', 'dot', '--ids'], { input: MAP }).stdout;
    expect(dot).toContain('label = <<FONT POINT-SIZE="9" COLOR="#D55E00"><B>× out</B></FONT><BR ALIGN="LEFT"/><FONT POINT-SIZE="9" COLOR="#5F5F5F">costly</FONT>');
    expect(dot).toMatch(/"lane" \[\n(?:.*\n)*?\s+color = "#009E73";\n\s+penwidth = 2\.6;/);
    for (const mark of ['+ in', '× out', '? undecided']) expect(dot).toContain(`<B>${mark}</B></FONT>>`);
    const plain = runCli(['export', '-', '--format', 'dot', '--ids'], { input: MAP }).stdout;
    expect(plain).not.toMatch(/× out|\+ in|COLOR="#E69F00"/);
    expect(plain).not.toContain('legend:undecided');
  });

  it('export --eval --format html gives the page each label, for its panel', () => {
    const labelled = runCli(['export', 'maps/example.yaml', '--eval', '--format', 'html']).stdout;
    const counts = (html: string) => ['in', 'out', 'undecided'].map((label) => html.split(`"label":"${label}"`).length - 1);
    // 14 statements and 9 arguments in, among them the engineers' backing; riverton-precedent out with the critics' case.
    expect(counts(labelled)).toEqual([23, 3, 7]);
    expect(counts(runCli(['export', 'maps/example.yaml', '--format', 'html']).stdout)).toEqual([0, 0, 0]);
  });
});
