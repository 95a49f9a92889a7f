import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../temp.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Imports `specifier` in a child process from the package folder (built: npm run build); the module URLs it resolved, and what it printed. */
function load(specifier: string, then = '') {
  const trace = join(tempDir('argmap-entry-'), 'imports.txt');
  writeFileSync(trace, '');
  const script = `const entry = await import(${JSON.stringify(specifier)});\n${then}`;
  const child = spawnSync(process.execPath, ['--import', join(root, 'test/fixtures/trace-imports.mjs'), '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARGMAP_TRACE_IMPORTS: trace },
  });
  expect(child.stderr).toBe('');
  return { urls: readFileSync(trace, 'utf8').split('\n'), stdout: child.stdout };
}

const graphvizModules = (urls: string[]) => urls.filter((url) => /\/node_modules\/(ts-graphviz|@ts-graphviz)\//.test(url));

describe('the package entries', () => {
  it("'argmap' parses, checks and draws trees without loading ts-graphviz", () => {
    const { urls, stdout } = load('argmap', "console.log(typeof entry.parseMap, typeof entry.checkText, 'mapToDot' in entry);");
    expect(urls).toContain(`file://${root}dist/index.js`);
    expect(graphvizModules(urls)).toEqual([]);
    expect(stdout).toBe('function function false\n');
  });

  it("'argmap/graphviz' has the diagrams, and loads ts-graphviz", () => {
    const { urls, stdout } = load('argmap/graphviz', 'console.log(Object.keys(entry).sort().join());');
    expect(urls).toContain(`file://${root}dist/graphviz.js`);
    expect(graphvizModules(urls)).not.toEqual([]);
    expect(stdout).toBe('DEFAULT_WRAP,GraphvizMissingError,RenderError,buildGraphvizModel,mapToDot,mapToDotChunks,mapToDotWithLayout,renderDiagram\n');
  });

  it("'argmap/graphviz' has the errors renderDiagram throws, without loading a renderer", () => {
    const { urls, stdout } = load(
      'argmap/graphviz',
      `const missing = await entry.renderDiagram('digraph {}', 'pdf', 'dot', { PATH: '' }).catch((error) => error);
      console.log(missing instanceof entry.GraphvizMissingError, missing instanceof entry.RenderError, new entry.RenderError('x').name);`,
    );
    expect(urls.filter((url) => /\/node_modules\/(@hpcc-js|@resvg|@ts-graphviz\/adapter)\//.test(url))).toEqual([]);
    expect(stdout).toBe('true false RenderError\n');
  });
});
