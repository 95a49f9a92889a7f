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
  const script = `
    const { exports: cli } = require('./bin/load.cjs').loadBundle();
    cli.main(['node', 'argmap', ...${JSON.stringify(args)}]).then(() => {
      const names = new Set(Object.keys(require.cache).flatMap((path) => {
        const match = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(path);
        return match ? [match[1].replace('\\\\', '/')] : [];
      }));
      process.stderr.write('LOADED ' + JSON.stringify([...names].sort()) + '\\n');
    });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const line = run.stderr.split('\n').find((text) => text.startsWith('LOADED '));
  if (line === undefined) throw new Error(`no module list: ${run.stderr}`);
  return JSON.parse(line.slice('LOADED '.length)) as string[];
}

const HEAVY = ['@argdown/core', 'chevrotain', 'ts-graphviz', '@hpcc-js/wasm-graphviz', '@resvg/resvg-js', 'yaml', 'vscode-languageserver', 'string-width', 'yocto-spinner'];

describe('what a command loads', () => {
  it('check and tree on an ASCII map load none of the heavy modules', () => {
    for (const args of [['check', 'maps/example.yaml'], ['tree', 'maps/example.yaml'], ['eval', 'maps/example.yaml']]) {
      expect(packagesLoadedBy(args).filter((name) => HEAVY.includes(name)), args.join(' ')).toEqual([]);
    }
  });

  it("export loads Argdown's parser only to import Argdown, not to write it", () => {
    expect(packagesLoadedBy(['export', 'maps/example.yaml', '--format', 'argdown'])).not.toContain('@argdown/core');
  });

  it('the list is real: fmt loads the yaml package', () => {
    expect(packagesLoadedBy(['fmt', '--check', 'maps/example.yaml'])).toContain('yaml');
  });
});
