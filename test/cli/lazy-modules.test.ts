import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { tempDir } from '../temp.js';

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

  it("check, tree and eval writing to a file load none of Node's modules for child processes, terminals, sockets, the OS or file promises", () => {
    // The bundle's stand-ins load child_process, os and fs/promises only when used, chalk does not probe the terminal, and no standard stream is made before it is used.
    const unused = ['child_process', 'dgram', 'tty', 'net', 'os', 'fs/promises', 'readline'];
    for (const args of [['check', 'maps/example.yaml'], ['tree', 'maps/example.yaml'], ['eval', 'maps/example.yaml']]) {
      expect(modulesLoadedBy(args, 'ignore').builtins.filter((name) => unused.includes(name)), args.join(' ')).toEqual([]);
    }
    // The list is real: writing to a pipe makes a socket.
    expect(modulesLoadedBy(['check', 'maps/example.yaml']).builtins).toContain('net');
  });

  it("the bundle's stand-ins load the real modules when used: a written file needs os (its temporary name) and fs/promises", () => {
    const dir = tempDir();
    const output = join(dir, 'map.json');
    const { builtins } = modulesLoadedBy(['export', 'maps/example.yaml', '-o', output], 'ignore');
    expect(builtins).toEqual(expect.arrayContaining(['os', 'fs/promises']));
    expect(JSON.parse(readFileSync(output, 'utf8')).format).toBe('argmap-json');
  });

  it("export loads Argdown's parser only to import Argdown, not to write it", () => {
    expect(packagesLoadedBy(['export', 'maps/example.yaml', '--format', 'argdown'])).not.toContain('@argdown/core');
  });

  it('the list is real: fmt loads the yaml package', () => {
    expect(packagesLoadedBy(['fmt', '--check', 'maps/example.yaml'])).toContain('yaml');
  });
});
