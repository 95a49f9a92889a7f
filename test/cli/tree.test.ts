import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/context.js';
import { parseMap, renderTree } from '../../src/index.js';
import { runCli, yaml } from '../helpers.js';
import { tempDir } from '../temp.js';

const exampleText = readFileSync(new URL('../../maps/example.yaml', import.meta.url), 'utf8');

const small = yaml`
  argmap: 1
  title: Small
  theses: [t]
  statements:
    t: The thesis.
    p: { text: A premise., implicit: true }
  arguments:
    a: { supports: t, premises: [p] }
    b: { attacks: t, premises: [p] }
`;

function tempFile(name: string, content: string): string {
  const path = join(tempDir('argmap-tree-'), name);
  writeFileSync(path, content);
  return path;
}

describe('argmap tree (end to end)', () => {
  it('prints the tree of the example map on stdout and nothing on stderr', () => {
    const run = runCli(['tree', 'maps/example.yaml']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'Give Elm Street a protected bike lane',
      '',
      'build-lane  The council should build a protected bike lane on Elm Street this',
      'year.',
      '├─ + safety “Fix the most dangerous road” [practical-reasoning]',
    ]);
    // The rest is renderTree's, tested line by line in test/render.
    expect(run.stdout).toBe(`${renderTree(parseMap(exampleText, 'maps/example.yaml').map).lines.join('\n')}\n`);
  });

  it('takes the drawing options: --ascii, --no-ids, --width, --depth, --focus, --quotes', () => {
    const run = runCli(['tree', '--ascii', '--no-ids', '--width', '30', '-'], { input: small });
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: ['Small', '', 'The thesis.', '|- + a', '|  `- (implicit) A premise.', '`- - rebut b', '   `- ^ A premise, above', ''].join('\n'),
    });
    expect(runCli(['tree', '--depth', '0', '--focus', 'dangerous', '--quotes', 'maps/example.yaml']).stdout).toBe(
      [
        'Give Elm Street a protected bike lane',
        '',
        'dangerous  Elm Street is the most dangerous road in town for cyclists.',
        '“Elm Street is the most dangerous road in town for cyclists”',
        '… 1 more argument',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked: FORCE_COLOR on; NO_COLOR and --no-color (before or after the command) off', () => {
    const forced = runCli(['tree', '-'], { input: small, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout.split('\n').slice(0, 5)).toEqual([
      '\x1b[1mSmall\x1b[22m',
      '',
      '\x1b[2mt\x1b[22m  \x1b[1mThe thesis.\x1b[22m',
      '\x1b[2m├─ \x1b[22m\x1b[32m+\x1b[39m \x1b[2ma\x1b[22m',
      '\x1b[2m│  └─ \x1b[22m\x1b[2mp\x1b[22m  \x1b[2m\x1b[3m(implicit)\x1b[23m\x1b[22m A premise.',
    ]);
    expect(forced.stdout).toContain('\x1b[2m└─ \x1b[22m\x1b[31m− rebut\x1b[39m \x1b[2mb\x1b[22m');
    for (const run of [
      runCli(['tree', '-'], { input: small, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
      runCli(['--no-color', 'tree', '-'], { input: small, env: { FORCE_COLOR: '1' } }),
      runCli(['tree', '--no-color', '-'], { input: small, env: { FORCE_COLOR: '1' } }),
      runCli(['tree', '-'], { input: small }),
    ]) {
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain('\x1b');
    }
  });

  it('on a terminal, wraps to its width and colours by default', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: { isTTY: true, columns: 40, write: (text: string) => out.push(text) },
      stderr: { isTTY: true, write: (text: string) => err.push(text) },
      stdin: { isTTY: true },
      env: { TERM: 'xterm' },
    } as unknown as CliIo;
    expect(await main(['node', 'argmap', 'tree', '--focus', 'survey', 'maps/example.yaml'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('').split('\n')).toEqual([
      '\x1b[1mGive Elm Street a protected bike lane\x1b[22m',
      '',
      "\x1b[2msurvey\x1b[22m  The chamber of commerce's survey",
      'found that most customers come on foot',
      'or by bus.',
      '',
    ]);
  });

  it('prints the diagnostics instead of a tree when the map has errors, and exits 1', () => {
    const run = runCli(['tree', '-'], { input: 'argmap: 1\nstatements:\n  a: A.\narguments:\n  r: { supports: a, premises: [b] }\n' });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        '<stdin>:5:32  error  Unknown statement "b" in the premises of argument "r".  [unknown-ref]',
        '  5 |   r: { supports: a, premises: [b] }',
        '    |                                ^',
        '  hint: Define it under "statements:", or check the spelling.',
        '',
        '✖ 1 error, 0 warnings, 0 infos',
        '',
      ].join('\n'),
    });
  });

  it('exits 1 on format errors only: the consistency rules do not run, as its help says', () => {
    const circular = 'argmap: 1\ntheses: [a]\nstatements: {a: A., b: B.}\narguments:\n  r1: { supports: a, premises: [b] }\n  r2: { supports: b, premises: [a] }\n';
    expect(runCli(['check', '-f', 'json', '-'], { input: circular }).code).toBe(1);
    expect(runCli(['tree', '-'], { input: circular })).toEqual({
      code: 0,
      stdout: 'a  A.\n└─ + r1\n   └─ b  B.\n      └─ + r2\n         └─ ↺ a, cycle, above\n',
      stderr: '',
    });
    expect(runCli(['export', '--format', 'dot', '-'], { input: circular })).toMatchObject({ code: 0, stderr: '' });
    for (const command of ['tree', 'export']) {
      expect(runCli([command, '--help']).stdout.replace(/\s+/g, ' ')).toContain(
        '1 when the map does not follow the format (a YAML error, a reference to a statement that does not exist…), reported instead',
      );
      expect(runCli([command, '--help']).stdout.replace(/\s+/g, ' ')).toContain('the consistency rules of argmap check do not run here');
    }
  });

  it('prints the tree despite warnings, and says so in one line on stderr', () => {
    const run = runCli(['tree', '-'], { input: 'argmap: 1\ntheses: [t]\nstatements: { t: T., p: P. }\narguments:\n  a: { supports: t, premises: [p, p] }\n' });
    expect(run).toEqual({ code: 0, stdout: 't  T.\n└─ + a\n   └─ p  P.\n', stderr: 'argmap: <stdin> has 1 warning; argmap check shows it.\n' });
  });

  it('says in one line when it infers the roots, and shows statements under no thesis after the theses', () => {
    const inferred = runCli(['tree', '-'], { input: 'argmap: 1\nstatements: { t: T., p: P. }\narguments:\n  a: { supports: t, premises: [p] }\n' });
    expect(inferred.code).toBe(0);
    expect(inferred.stdout).toBe('t  T.\n└─ + a\n   └─ p  P.\n');
    expect(inferred.stderr).toBe('argmap: <stdin> declares no theses; showing every statement, starting from the conclusions no argument uses as a premise.\n');
    expect(runCli(['tree', '-'], { input: 'argmap: 1\nstatements: {}\n' })).toEqual({
      code: 0,
      stdout: '',
      stderr: 'argmap: <stdin> has no statements, so there is no tree to draw.\n',
    });
    const stray = runCli(['tree', '-'], { input: 'argmap: 1\ntheses: [t]\nstatements: { t: T., x: X., y: Y. }\n' });
    // With more than one root, the outline comes first: the thesis, then the others under their heading.
    const strayOutline = 'Outline:\n  t    1 statement  T.\n  Not under any thesis:\n    x  1 statement  X.\n    y  1 statement  Y.\n\n';
    expect(stray).toEqual({ code: 0, stdout: `${strayOutline}t  T.\n\nNot under any thesis:\n\nx  X.\n\ny  Y.\n`, stderr: '' });
  });

  it('exits 2 with one line for an unknown id, speaker or tag, suggesting the closest, and escapes what was typed', () => {
    expect(runCli(['tree', '--focus', 'dangerus', 'maps/example.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'argmap: no statement or argument "dangerus" in maps/example.yaml. Did you mean "dangerous"?\n',
    });
    expect(runCli(['tree', '--speaker', 'critic', 'maps/example.yaml']).stderr).toBe(
      'argmap: no speaker "critic" in maps/example.yaml. Did you mean "critics"?\n',
    );
    expect(runCli(['tree', '--tag', 'saftey', 'maps/example.yaml']).stderr).toBe(
      'argmap: no statement in maps/example.yaml is tagged "saftey". Did you mean "safety"?\n',
    );
    expect(runCli(['tree', '--focus', '\x1b]0;pwned\x07', 'maps/example.yaml']).stderr).toBe(
      'argmap: no statement or argument "\\x1B]0;pwned\\x07" in maps/example.yaml.\n',
    );
  });

  it('exits 2 on bad usage and unreadable input, and says when a filter matches nothing', () => {
    for (const args of [['tree'], ['tree', '--width', '10', 'maps/example.yaml'], ['tree', '--depth', 'deep', 'maps/example.yaml']]) {
      const run = runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect(runCli(['tree', 'no/such.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'argmap: cannot read no/such.yaml: no such file\n' });
    // A file name is shown escaped, like text from a map.
    expect(runCli(['tree', 'no/\x1b[2Jsuch.yaml']).stderr).toBe('argmap: cannot read no/\\x1B[2Jsuch.yaml: no such file\n');
    expect(runCli(['tree', '--focus', 'dangerous', '--tag', 'policy', 'maps/example.yaml'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'argmap: nothing in the tree matches --speaker or --tag.\n',
    });
    const help = runCli(['tree', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Reading the tree:');
  });

  it('terminates on arguments that undercut each other, with or without --focus', () => {
    const ring = 'argmap: 1\ntheses: [t]\nstatements: { t: T., q: Q., r: R. }\narguments:\n  a: { undercuts: b, premises: [q] }\n  b: { undercuts: a, premises: [r] }\n';
    const ringTree = '├─ q  Q.\n└─ − undercut b\n   ├─ r  R.\n   └─ − undercut ↺ a, cycle, above\n';
    const ringOutline = 'Outline:\n  t     1 statement  T.\n  Not under any thesis:\n    a  2 statements  → b\n\n';
    expect(runCli(['tree', '--focus', 'a', '-'], { input: ring })).toEqual({ code: 0, stdout: `− undercut a  → b\n${ringTree}`, stderr: '' });
    expect(runCli(['tree', '-'], { input: ring })).toEqual({ code: 0, stdout: `${ringOutline}t  T.\n\nNot under any thesis:\n\n− undercut a  → b\n${ringTree}`, stderr: '' });
  });

  it('never lets escape sequences from the map reach the terminal', () => {
    const evil = 'argmap: 1\ntitle: "\\e]0;pwned\\a"\ntheses: [t]\nstatements:\n  t: "\\e[2J\\e[3J\\u202Egnp.exe \\x9b31m"\n';
    const run = runCli(['tree', '-'], { input: evil, env: { FORCE_COLOR: '1' } });
    expect(run.code).toBe(0);
    // Only the SGR colour codes argmap adds itself: ESC [ digits m.
    expect(run.stdout.replace(/\x1b\[\d+m/g, '')).toBe('\\x1B]0;pwned\\x07\n\nt  \\x1B[2J\\x1B[3J\\u{202E}gnp.exe \\x9B31m\n');
  });

  it('prints a chain 100,000 statements deep', () => {
    const path = tempFile('chain.yaml', generateMap({ statements: 100_000, chain: true }).yaml);
    const run = runCli(['tree', path]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.includes('└─ + a'))).toHaveLength(99_999);
    expect(lines.some((line) => line.includes('└─ s99999  Claim 99999 holds'))).toBe(true);
  }, 120_000);
});
