import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The stages import only downward (docs/architecture.md): what each folder of
 * src/ may import from the others. A new edge is a design decision: make it
 * here, in the open, and in docs/architecture.md.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  text: [],
  model: [],
  diagnostics: ['model', 'text'],
  parse: ['diagnostics', 'model', 'text'],
  quotes: ['model', 'text'],
  evaluate: ['model', 'text'],
  check: ['diagnostics', 'evaluate', 'model', 'quotes', 'text'],
  render: ['check', 'evaluate', 'model', 'quotes', 'text'],
  interchange: ['diagnostics', 'model', 'text'],
  'pipeline.ts': ['check', 'diagnostics', 'model', 'parse'],
  authoring: ['diagnostics', 'model', 'parse', 'text'],
};

const SRC = resolve(__dirname, '../src');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** The folder of src/ a path is in (or the file's name, for a file at the top). */
const areaOf = (path: string) => relative(SRC, path).split(sep)[0]!;

describe('the layers of src/', () => {
  it('import only downward', () => {
    const wrong: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const area = areaOf(file);
      const allowed = MAY_IMPORT[area];
      if (allowed === undefined) continue; // the shells (cli, lsp) and the library's doors may import anything
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
        const target = areaOf(resolve(dirname(file), specifier!));
        if (target !== area && !allowed.includes(target)) wrong.push(`${relative(SRC, file)} imports ${target}/ (${specifier})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
