import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * Heavy modules load only in the commands that use them: `check` and `tree`
 * start in tens of milliseconds, and Argdown's parser alone (with chevrotain
 * and highlight.js) costs more than that. Runs the built CLI as bin/argmap
 * does and lists the packages Node loaded on the way.
 */
function packagesLoadedBy(args: string[]): string[] {
  return modulesLoadedBy(args).packages;
}

/** The packages, and Node's own modules, a run of the CLI loaded. */
function modulesLoadedBy(args: string[], stdout: 'pipe' | 'ignore' = 'pipe'): { packages: string[]; builtins: string[] } {
  const script = `
    const { exports: cli } = require('./bin/load.cjs').loadBundle();
    cli.main(['node', 'argmap', ...${JSON.stringify(args)}]).then(() => {
      const names = new Set(Object.keys(require.cache).flatMap((path) => {
        const match = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(path);
        return match ? [match[1].replace('\\\\', '/')] : [];
      }));
      const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
      process.stderr.write('LOADED ' + JSON.stringify({ packages: [...names].sort(), builtins }) + '\\n');
    });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', stdout, 'pipe'] });
  const line = run.stderr.split('\n').find((text) => text.startsWith('LOADED '));
  if (line === undefined) throw new Error(`no module list: ${run.stderr}`);
  return JSON.parse(line.slice('LOADED '.length)) as { packages: string[]; builtins: string[] };
}

const HEAVY = ['@argdown/core', 'chevrotain', 'ts-graphviz', '@hpcc-js/wasm-graphviz', '@resvg/resvg-js', 'yaml', 'vscode-languageserver', 'string-width', 'yocto-spinner'];

describe('what a command loads', () => {
  it('check and tree on an ASCII map load none of the heavy modules', () => {
    for (const args of [['check', 'maps/example.yaml'], ['tree', 'maps/example.yaml'], ['eval', 'maps/example.yaml']]) {
      expect(packagesLoadedBy(args).filter((name) => HEAVY.includes(name)), args.join(' ')).toEqual([]);
    }
  });

  it("check, tree and eval writing to a file load none of Node's modules for child processes, terminals or sockets", () => {
    // commander's child_process is loaded only if it is used, chalk does not probe the terminal, and no standard stream is made before it is used.
    for (const args of [['check', 'maps/example.yaml'], ['tree', 'maps/example.yaml'], ['eval', 'maps/example.yaml']]) {
      expect(modulesLoadedBy(args, 'ignore').builtins.filter((name) => ['child_process', 'dgram', 'tty', 'net'].includes(name)), args.join(' ')).toEqual([]);
    }
    // The list is real: writing to a pipe makes a socket.
    expect(modulesLoadedBy(['check', 'maps/example.yaml']).builtins).toContain('net');
  });

  it("commander's stand-in for child_process loads the real module when it is first used, and hands on what it has", () => {
    const script = `
      const loaded = () => process.moduleLoadList.includes('NativeModule child_process');
      const standIn = require('./scripts/lazy-child-process.cjs');
      const before = loaded();
      const output = String(standIn.execFileSync(process.execPath, ['-e', 'process.stdout.write("ran")']));
      const real = require('node:child_process');
      process.stdout.write(JSON.stringify({ before, after: loaded(), output, same: standIn.spawn === real.spawn, names: Object.keys(standIn).sort(), realNames: Object.keys(real).sort() }));`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ before: false, after: true, output: 'ran', same: true });
    expect(result.names).toEqual(result.realNames);
  });

  it("export loads Argdown's parser only to import Argdown, not to write it", () => {
    expect(packagesLoadedBy(['export', 'maps/example.yaml', '--format', 'argdown'])).not.toContain('@argdown/core');
  });

  it('the list is real: fmt loads the yaml package', () => {
    expect(packagesLoadedBy(['fmt', '--check', 'maps/example.yaml'])).toContain('yaml');
  });
});
