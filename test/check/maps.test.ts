import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { ROOT } from '../helpers.js';

/**
 * Every map in maps/ (the example and the article's map) must pass the full
 * check with no errors and no warnings. A map's source text may live outside
 * the repository (the article's is in ../shared/sources/); where it is absent,
 * as on a CI clone elsewhere, the quote checks are skipped, not failed.
 */
const mapsDir = join(ROOT, 'maps');
const maps = readdirSync(mapsDir).filter((name) => /\.ya?ml$/.test(name));

describe.each(maps)('maps/%s', (name) => {
  const path = join(mapsDir, name);
  const text = readFileSync(path, 'utf8');
  const sourceFile = parseMap(text, path).map.source?.file?.value;
  const sourcePath = sourceFile === undefined ? undefined : join(dirname(path), sourceFile);
  const haveSource = sourcePath !== undefined && existsSync(sourcePath);

  const serious = (diagnostics: ReturnType<typeof checkText>) =>
    diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

  it('has no errors or warnings in its reasoning', () => {
    const diagnostics = checkText(text, `maps/${name}`, {
      rules: haveSource ? {} : { 'source-unreadable': 'off' },
      ...(haveSource ? { source: { file: sourcePath, text: readFileSync(sourcePath, 'utf8') } } : {}),
    });
    expect(serious(diagnostics)).toEqual([]);
  });

  it.skipIf(!haveSource)('has every quote in its source text', () => {
    const diagnostics = checkText(text, `maps/${name}`, { source: { file: sourcePath!, text: readFileSync(sourcePath!, 'utf8') } });
    expect(diagnostics.filter((d) => d.code === 'quote-not-found').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
  });
});

it('finds the example map', () => {
  expect(maps).toContain('example.yaml');
});
