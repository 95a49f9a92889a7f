import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildProgram, commandIn } from '../../src/cli/main.js';
import { runCli } from '../helpers.js';

const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), env: {} };
const commandsBuilt = (args: string[]) => buildProgram(io, { exitCode: 0 }, args).commands.map((command) => command.name());
const ALL = ['check', 'tree', 'rules', 'codes', 'export', 'eval', 'import', 'rename', 'fmt', 'lsp', 'serve'];

describe('the CLI builds only the command that runs', () => {
  it('finds the command after the global options (and --max-size\'s value)', () => {
    expect(commandIn(['check', 'map.yaml'])).toBe('check');
    expect(commandIn(['--no-color', '--max-size', '5', 'tree', 'map.yaml', '--depth', '2'])).toBe('tree');
    expect(commandIn(['--max-size=5', '--debug', 'export', 'check'])).toBe('export');
    // A value that looks like a command is --max-size's, not the command.
    expect(commandIn(['--max-size', 'check'])).toBeUndefined();
    expect(commandIn(['chek', 'map.yaml'])).toBeUndefined();
    expect(commandIn(['help', 'tree'])).toBeUndefined();
    expect(commandIn(['--help'])).toBeUndefined();
    // Help before the command is the program's: every command is listed.
    expect(commandIn(['--help', 'check'])).toBeUndefined();
    expect(commandIn(['-h', 'tree'])).toBeUndefined();
    expect(commandIn(['toString'])).toBeUndefined();
  });

  it('builds that command alone, and every command for help or a name argmap does not have', () => {
    expect(commandsBuilt(['check', 'map.yaml'])).toEqual(['check']);
    expect(commandsBuilt(['--no-color', 'serve', 'map.yaml'])).toEqual(['serve']);
    expect(commandsBuilt([])).toEqual(ALL);
    expect(commandsBuilt(['help', 'tree'])).toEqual(ALL);
    expect(commandsBuilt(['chek'])).toEqual(ALL);
  });

  it('still lists every command in help, and suggests one for a typo', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const name of ALL) expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(runCli(['help', 'tree']).stdout).toContain('Usage: argmap tree [options] <file>');
    expect(runCli(['trea', 'x.yaml']).stderr).toContain('Did you mean tree?');
  });
});
