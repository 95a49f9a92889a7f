import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { runBounded } from '../hostile/run.js';
import { openToAll, permissionsBind, permissionsNote, unprivileged } from '../hostile/unprivileged.js';
import { tempDir } from '../temp.js';

const broken = 'argmap: 1\nstatements:\n  mortal: Socrates is mortal.\n  dies: Socrates will die.\narguments:\n  r: { supports: dies, premises: [mortl] }\n';

function tempFile(name: string, content: string | Buffer): string {
  const dir = tempDir('argmap-test-');
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('argmap check (end to end)', () => {
  it('exits 0 on a valid map and says so on stdout', () => {
    const run = runCli(['check', 'maps/example.yaml']);
    expect(run).toEqual({ code: 0, stdout: '✔ No problems in maps/example.yaml.\n', stderr: '' });
  });

  it('prints each error with its position, the line, a caret and a hint, then exits 1', () => {
    const run = runCli(['check', '-'], { input: broken });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        '<stdin>:6:35  error  Unknown statement "mortl" in the premises of argument "r".  [unknown-ref]',
        '  6 |   r: { supports: dies, premises: [mortl] }',
        '    |                                   ^^^^^',
        '  hint: Did you mean "mortal"?',
        '',
        '✖ 1 error, 0 warnings, 0 infos',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON that parses, with the same diagnostics', () => {
    const run = runCli(['check', '--format', 'json', '-'], { input: broken });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        code: 'unknown-ref',
        severity: 'error',
        message: 'Unknown statement "mortl" in the premises of argument "r".',
        hint: 'Did you mean "mortal"?',
        file: '<stdin>',
        line: 6,
        column: 35,
        endLine: 6,
        endColumn: 40,
      },
    ]);
  });

  it('prints an empty JSON list for a valid map', () => {
    const run = runCli(['check', '-f', 'json', 'maps/example.yaml']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('exits 2 with one line on stderr for a missing file, a directory, or a file over the size limit', () => {
    expect(runCli(['check', 'no/such/map.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'argmap: cannot read no/such/map.yaml: no such file\n',
    });
    const directory = runCli(['check', 'maps']);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toBe('argmap: cannot read maps: it is a directory. Give the path of a map file (.yaml).\n');
    const big = runCli(['--max-size', '0.001', 'check', 'maps/example.yaml']);
    expect(big.code).toBe(2);
    expect(big.stderr).toBe(
      'argmap: maps/example.yaml is larger than the 1048-byte limit. Raise it with --max-size <MB> if the file is meant to be this big.\n',
    );
  });

  it.skipIf(!permissionsBind)(`exits 2 for an unreadable file${permissionsNote}`, () => {
    const path = tempFile('locked.yaml', broken);
    openToAll(dirname(path));
    chmodSync(path, 0o000);
    const run = runBounded(['check', path], { spawn: unprivileged() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`argmap: cannot read ${path}: permission denied\n`);
  });

  it('still checks the readable files when one is missing, and exits 2', () => {
    const run = runCli(['check', 'maps/example.yaml', 'missing.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('✔ No problems in maps/example.yaml.\n');
    expect(run.stderr).toBe('argmap: cannot read missing.yaml: no such file\n');
  });

  it('reports invalid UTF-8 as a diagnostic at the bad byte', () => {
    const path = tempFile('latin1.yaml', Buffer.from('argmap: 1\nstatements:\n  a: caf\xe9\n', 'latin1'));
    const run = runCli(['check', '-f', 'json', path]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject([{ code: 'encoding', line: 3, column: 9 }]);
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR and --no-color off', () => {
    const forced = runCli(['check', '-'], { input: broken, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\x1b[31m');
    const noColor = runCli(['check', '-'], { input: broken, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\x1b[');
    const flag = runCli(['--no-color', 'check', '-'], { input: broken, env: { FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toContain('\x1b[');
    // Not a terminal (a pipe, as here): no colour by default.
    expect(runCli(['check', '-'], { input: broken }).stdout).not.toContain('\x1b[');
  });

  const warned = 'argmap: 1\ntheses: [a]\nstatements: {a: A, b: B}\narguments:\n  r: { supports: a, premises: [b, b] }\n';

  it('fails on too many warnings only with --max-warnings, and says "1 warning", not "1 warnings"', () => {
    expect(runCli(['check', '-'], { input: warned }).code).toBe(0);
    expect(runCli(['check', '--max-warnings', '1', '-'], { input: warned }).code).toBe(0);
    const strict = runCli(['check', '--max-warnings', '0', '-'], { input: warned });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('argmap: 1 warning, more than --max-warnings 0 allows.\n');
    expect(strict.stdout).toMatch(/\n⚠ 0 errors, 1 warning, 1 info\n$/);
  });

  it('--quiet hides warnings and infos but still counts them, for --max-warnings and in the summary', () => {
    expect(runCli(['check', '--quiet', '-'], { input: warned })).toEqual({
      code: 0,
      stdout: '✔ No errors in <stdin>; 1 warning and 1 info hidden by --quiet.\n',
      stderr: '',
    });
    // Hidden warnings that fail the run: the failing mark, not a green tick.
    expect(runCli(['check', '-q', '--max-warnings', '0', '-'], { input: warned })).toEqual({
      code: 1,
      stdout: '✖ Too many warnings in <stdin>; 1 warning and 1 info hidden by --quiet.\n',
      stderr: 'argmap: 1 warning, more than --max-warnings 0 allows.\n',
    });
    const coloured = runCli(['check', '-q', '--max-warnings', '0', '-'], { input: warned, env: { FORCE_COLOR: '1' } }).stdout;
    expect(coloured).toContain('\x1b[31m');
    expect(coloured).not.toContain('\x1b[32m');
    expect(runCli(['check', '-q', '--max-warnings', '1', '-'], { input: warned }).code).toBe(0);
    expect(runCli(['check', '-q', '-f', 'json', '--max-warnings', '0', '-'], { input: warned })).toEqual({
      code: 1,
      stdout: '[]\n',
      stderr: 'argmap: 1 warning, more than --max-warnings 0 allows.\n',
    });
    // Nothing hidden: the usual line.
    expect(runCli(['check', '-q', 'maps/example.yaml']).stdout).toBe('✔ No problems in maps/example.yaml.\n');
  });

  it('--quiet with errors shows the errors, and the summary counts what it hid', () => {
    const run = runCli(['check', '-q', '-'], { input: warned.replace('[b, b]', '[b, b, c]') });
    expect(run).toEqual({
      code: 1,
      stdout: [
        '<stdin>:5:38  error  Unknown statement "c" in the premises of argument "r".  [unknown-ref]',
        '  5 |   r: { supports: a, premises: [b, b, c] }',
        '    |                                      ^',
        '  hint: Did you mean "b"?',
        '',
        '✖ 1 error, 1 warning, 0 infos (1 warning hidden by --quiet)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('sorts every format the same way: by file, line, column, code, parse and rule findings together', () => {
    // duplicate-ref (5:35) comes from parsing, single-premise (5:32) from the rules, which run after.
    const dir = tempDir('argmap-test-');
    for (const name of ['a.yaml', 'b.yaml']) writeFileSync(join(dir, name), warned);
    const files = [join(dir, 'b.yaml'), join(dir, 'a.yaml')];
    const expected = ['a.yaml:5:32 single-premise', 'a.yaml:5:35 duplicate-ref', 'b.yaml:5:32 single-premise', 'b.yaml:5:35 duplicate-ref'];
    const short = (file: string, line: number, column: number, code: string) => `${file.slice(dir.length + 1)}:${line}:${column} ${code}`;

    const json = JSON.parse(runCli(['check', '-f', 'json', ...files]).stdout) as { file: string; line: number; column: number; code: string }[];
    expect(json.map((d) => short(d.file, d.line, d.column, d.code))).toEqual(expected);

    const sarif = JSON.parse(runCli(['check', '-f', 'sarif', ...files]).stdout);
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    expect(
      results.map(({ ruleId, locations: [location] }) => {
        const { artifactLocation, region } = location!.physicalLocation;
        return short(decodeURIComponent(artifactLocation.uri.replace('file://', '')), region.startLine, region.startColumn, ruleId);
      }),
    ).toEqual(expected);

    // A format problem is described from the catalogue, and its help points at the section that explains it.
    const duplicateRef = sarif.runs[0].tool.driver.rules.find((rule: { id: string }) => rule.id === 'duplicate-ref');
    expect(duplicateRef).toMatchObject({
      shortDescription: { text: 'The same id listed twice in one list.' },
      help: { text: 'The same id listed twice in one list. See docs/format.md#arguments.' },
      defaultConfiguration: { enabled: true, level: 'warning' },
    });

    const pretty = runCli(['check', ...files]).stdout;
    const headers = [...pretty.matchAll(/^(\S+):(\d+):(\d+) .*\[(.+)\]$/gm)].map((m) => short(m[1]!, Number(m[2]), Number(m[3]), m[4]!));
    expect(headers).toEqual(expected);
  });

  it("says, as the README's quick start shows, that the article's source text is not there in a fresh clone", () => {
    // A clone with nothing beside it: the map names ../../shared/sources/… from its folder.
    const clone = join(tempDir('argmap-clone-'), 'argmap');
    mkdirSync(join(clone, 'maps'), { recursive: true });
    copyFileSync(join(ROOT, 'maps/unilateral-concessions.yaml'), join(clone, 'maps/unilateral-concessions.yaml'));
    const run = runCli(['check', 'maps/unilateral-concessions.yaml'], { cwd: clone });
    const [first] = run.stdout.split('\n');
    expect(first).toBe(
      'maps/unilateral-concessions.yaml:21:9  warning  The source text was not read (cannot read ../shared/sources/unilateral-concessions.txt: no such file), so quotes were not checked.  [source-unreadable]',
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/\n⚠ 0 errors, 1 warning, 0 infos\n$/);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`\n${first}\n`);
  });

  it('exits 2 on usage errors, and 0 for --help and --version', () => {
    const unknown = runCli(['chek', 'maps/example.yaml']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: unknown command 'chek'");
    expect(unknown.stderr).toContain('Did you mean check?');
    expect(runCli(['check']).code).toBe(2);
    expect(runCli(['check', '--max-warnings', 'many', 'x']).code).toBe(2);
    const help = runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });
});
