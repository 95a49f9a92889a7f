import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('the published package', () => {
  it('has the library, the CLI and its bundle, and not the bench build', () => {
    // `npm run bench` writes dist/bench/run.js; make sure there is one to leave out.
    if (!existsSync(`${root}dist/bench/run.js`)) {
      mkdirSync(`${root}dist/bench`, { recursive: true });
      writeFileSync(`${root}dist/bench/run.js`, '');
    }
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const files: string[] = JSON.parse(pack.stdout)[0].files.map((file: { path: string }) => file.path);
    expect(files.filter((path) => path.startsWith('dist/bench'))).toEqual([]);
    for (const path of ['bin/argmap', 'dist/index.js', 'dist/graphviz.js', 'dist/graphviz.d.ts', 'schema/argmap.schema.json', 'docs/rules.md']) {
      expect(files, path).toContain(path);
    }
    expect(files.some((path) => path.startsWith('dist/bundle/'))).toBe(true);
  });
});
