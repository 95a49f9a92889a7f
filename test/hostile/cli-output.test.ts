import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { brokenIo } from '../helpers.js';
import { expectSafeOutput, runBounded, runInProcess, tempDir } from './run.js';

/**
 * Text typed on the command line or stored in a file name is as untrusted as
 * the map: a path can hold escape sequences. Whatever argmap echoes of it
 * (stdout or stderr, in every command, and in commander's own usage errors)
 * must show them as visible escapes.
 */

// CSI (colour), OSC (window title) ended by BEL, a C1 CSI, a bidi override.
const EVIL = '\x1b[31mRED\x1b]0;pwn\x07\u009b2J\u202Egnp';
// What each of them looks like once escaped: the expectation is written out, not computed.
const SHOWN = String.raw`\x1B[31mRED\x1B]0;pwn\x07\x9B2J\u{202E}gnp`;

const mapWithPremises = (premises: string) =>
  `argmap: 1\ntheses: [t]\nstatements:\n  t: The thesis.\n  p: A premise.\n  q: { text: Another premise., implicit: true }\narguments:\n  a: { supports: t, premises: [${premises}] }\n`;
const VALID = mapWithPremises('p, q');
const WARNED = mapWithPremises('p, q, p');

/** A folder holding VALID as `evil<EVIL>.yaml`, and the name of that file. */
function folderWithEvilName(content = VALID): { dir: string; name: string; shown: string } {
  const dir = tempDir();
  const name = `evil${EVIL}.yaml`;
  writeFileSync(join(dir, name), content);
  return { dir, name, shown: `evil${SHOWN}.yaml` };
}

describe('file names with escape sequences', () => {
  it('check: shown escaped when the file is missing, and in "No problems in"', () => {
    const { dir, name, shown } = folderWithEvilName();
    const missing = runBounded(['check', `missing${EVIL}.yaml`], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: `argmap: cannot read missing${SHOWN}.yaml: no such file\n` });
    const valid = runBounded(['check', name], { cwd: dir });
    expect(valid).toMatchObject({ code: 0, stdout: `✔ No problems in ${shown}.\n`, stderr: '' });
    for (const run of [missing, valid]) expectSafeOutput(run);
  });

  it('check: shown escaped in the position of each diagnostic, and for --source', () => {
    const { dir, name, shown } = folderWithEvilName(WARNED);
    const warned = runBounded(['check', name], { cwd: dir });
    expect(warned.code).toBe(0);
    const lines = warned.stdout.split('\n');
    expect(lines[0]).toBe(`${shown}:8:38  warning  "p" is listed twice in the premises of argument "a".  [duplicate-ref]`);
    expect(lines[4]).toBe(`  note: first listed here at ${shown}:8:32`);
    const source = runBounded(['check', '--source', `article${EVIL}.txt`, name], { cwd: dir });
    expect(source).toMatchObject({ code: 2, stdout: '', stderr: `argmap: cannot read article${SHOWN}.txt: no such file\n` });
    for (const run of [warned, source]) expectSafeOutput(run);
  });

  it('tree: shown escaped when missing, and in the notes on stderr', () => {
    const { dir, name, shown } = folderWithEvilName(WARNED);
    const missing = runBounded(['tree', `missing${EVIL}.yaml`], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: `argmap: cannot read missing${SHOWN}.yaml: no such file\n` });
    const warned = runBounded(['tree', name], { cwd: dir });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe(`argmap: ${shown} has 1 warning; argmap check shows it.\n`);
    for (const run of [missing, warned]) expectSafeOutput(run);
  });

  it('export: shown escaped for the map, an output name without a format, and a missing folder', () => {
    const { dir, name } = folderWithEvilName();
    const runs = [
      [runBounded(['export', `missing${EVIL}.yaml`], { cwd: dir }), `argmap: cannot read missing${SHOWN}.yaml: no such file\n`],
      [
        runBounded(['export', name, '-o', `out${EVIL}.txt`], { cwd: dir }),
        `argmap: cannot tell the format from the name out${SHOWN}.txt: use --format dot, svg, png, pdf, json, mermaid, aif, argdown, or end the name in .dot, .svg, .png, .pdf, .json, .mmd, .aif.json or .argdown.\n`,
      ],
      [runBounded(['export', name, '-o', `no${EVIL}/map.svg`], { cwd: dir }), `argmap: cannot write no${SHOWN}/map.svg: the folder does not exist\n`],
    ] as const;
    for (const [run, message] of runs) {
      expect(run).toMatchObject({ code: 2, stdout: '', stderr: message });
      expectSafeOutput(run);
    }
  });
});

describe('arguments with escape sequences', () => {
  // What argmap says about its arguments is the same in this process as in a child: run here, at a tenth of the cost.
  it('tree: --focus, --speaker and --tag are echoed escaped', async () => {
    const map = 'maps/example.yaml';
    const expected = [
      ['--focus', `argmap: no statement or argument "${SHOWN}" in ${map}.\n`],
      ['--speaker', `argmap: no speaker "${SHOWN}" in ${map}.\n`],
      ['--tag', `argmap: no statement in ${map} is tagged "${SHOWN}".\n`],
    ] as const;
    for (const [option, message] of expected) {
      const run = await runInProcess(['tree', map, option, EVIL]);
      expect(run, option).toMatchObject({ code: 2, stdout: '', stderr: message });
      expectSafeOutput(run);
    }
  });

  it("commander's usage errors echo what was typed escaped: unknown options and commands, bad values", async () => {
    const exact = [
      [['check', `--x${EVIL}`, 'maps/example.yaml'], `error: unknown option '--x${SHOWN}'\n`],
      [[`chec${EVIL}`], `error: unknown command 'chec${SHOWN}'\n`],
      [['check', '--format', EVIL, 'maps/example.yaml'], `error: option '-f, --format <format>' argument '${SHOWN}' is invalid. Allowed choices are pretty, json, sarif.\n`],
      [
        ['check', '--rule', `${EVIL}=off`, 'maps/example.yaml'],
        `error: option '--rule <id=level>' argument '${SHOWN}=off' is invalid. Unknown rule "${SHOWN}". See \`argmap rules\` for the list.\n`,
      ],
    ] as const;
    // One in a child process too: the real standard error.
    expect(runBounded([...exact[0][0]])).toMatchObject({ code: 2, stdout: '', stderr: exact[0][1] });
    for (const [args, message] of exact) {
      const run = await runInProcess([...args]);
      expect(run, args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: message });
      expectSafeOutput(run);
    }
    const others = [
      ['check', '--rule', `single-premise=${EVIL}`, 'maps/example.yaml'],
      ['check', '--max-warnings', EVIL, 'maps/example.yaml'],
      ['--max-size', EVIL, 'check', 'maps/example.yaml'],
      ['tree', '--width', EVIL, 'maps/example.yaml'],
      ['tree', '--depth', EVIL, 'maps/example.yaml'],
      ['export', '--rankdir', EVIL, 'maps/example.yaml'],
      ['export', '--format', EVIL, 'maps/example.yaml'],
      ['export', '--wrap', EVIL, 'maps/example.yaml'],
      ['rules', '--format', EVIL],
    ];
    for (const args of others) {
      const run = await runInProcess(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(SHOWN);
      expectSafeOutput(run);
    }
  });
});

describe('an internal error whose message quotes the map', () => {
  it('is shown escaped, in the one line and in the --debug stack trace', async () => {
    const plain = brokenIo(`no statement ${EVIL}`);
    expect(await main(['node', 'argmap', 'check', 'maps/example.yaml'], plain.io)).toBe(70);
    expect(plain.stderr().split('\n')[0]).toBe(`argmap: internal error: no statement ${SHOWN}`);
    const debug = brokenIo(`no statement ${EVIL}`);
    expect(await main(['node', 'argmap', '--debug', 'check', 'maps/example.yaml'], debug.io)).toBe(70);
    expect(debug.stderr()).toMatch(new RegExp(`^Error: no statement ${SHOWN.replace(/[\\[\]{}()]/g, '\\$&')}\\n\\s+at `));
    for (const output of [plain.stderr(), debug.stderr()]) expect(output).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
  });
});
