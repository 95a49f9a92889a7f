import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SIZE_MB } from '../../src/cli/io.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { MAX_ID_LENGTH } from '../../src/model/ids.js';
import { MAX_YAML_DEPTH } from '../../src/parse/yaml/index.js';
import { LARGE_MAP_NODES } from '../../src/render/graphviz/model.js';
import { MAX_PNG_PIXELS, MAX_PNG_SIDE } from '../../src/render/graphviz/render-png.js';
import { MAX_LABEL_CHARS, MAX_TOOLTIP_CHARS } from '../../src/render/graphviz/text.js';

/** docs/limits.md states the limits the code has: a change to one without the other fails here. */
const doc = readFileSync(new URL('../../docs/limits.md', import.meta.url), 'utf8');
const row = (what: string) => doc.split('\n').find((line) => line.startsWith(`| ${what} |`)) ?? '';
const number = (value: number) => value.toLocaleString('en');

describe('docs/limits.md', () => {
  it('gives every limit its value in the code', () => {
    expect(row('File size')).toContain(`${DEFAULT_MAX_SIZE_MB} MB by default`);
    expect(row('YAML nesting')).toContain(`${MAX_YAML_DEPTH} levels`);
    expect(row('Id length')).toContain(`${MAX_ID_LENGTH} characters`);
    expect(row("Text in a diagram's label")).toContain(`${number(MAX_LABEL_CHARS)} characters`);
    expect(row('Tooltips in SVG')).toContain(`${number(MAX_TOOLTIP_CHARS)} characters`);
    expect(row('PNG size')).toContain(`${number(MAX_PNG_SIDE)} pixels a side and ${MAX_PNG_PIXELS / 1_000_000} million pixels`);
    expect(row('Large diagrams')).toContain(`above ${number(LARGE_MAP_NODES)} boxes`);
  });

  it('lists every exit code, and the README links it', () => {
    for (const code of Object.values(EXIT)) expect(doc).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain('[docs/limits.md](docs/limits.md)');
  });
});
