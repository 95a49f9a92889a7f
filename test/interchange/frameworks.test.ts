import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import { frameworkFormatOf, importFramework, readIndexNames } from '../../src/interchange/abstract-framework.js';
import { parseMap } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const ICCMA = join(ROOT, '..', 'shared', 'corpora', 'iccma', 'converted');

/** The same framework through the import's YAML: a self-attack becomes a cycle through a restatement, with the same verdicts. */
describe.skipIf(!existsSync(ICCMA))(`ICCMA frameworks imported as maps${existsSync(ICCMA) ? '' : ` (skipped: ${ICCMA} is absent)`}`, () => {
  const references = existsSync(ICCMA) ? (JSON.parse(readFileSync(join(ICCMA, 'REFERENCE_RESULTS.json'), 'utf8')) as { name: string; GR_clingo: string[] }[]) : [];
  const files = existsSync(ICCMA)
    ? readdirSync(ICCMA, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(ICCMA, d.name)).filter((f) => frameworkFormatOf(f)).map((f) => join(ICCMA, d.name, f)))
    : [];

  it.each(files.map((file) => [file.slice(ICCMA.length + 1), file]))('%s: the imported map parses and gives the reference grounded extension', (_, file) => {
    const names = existsSync(`${file}.map`) ? readIndexNames(readFileSync(`${file}.map`, 'utf8')) : undefined;
    const outcome = importFramework(readFileSync(file, 'utf8'), file, frameworkFormatOf(file)!, names);
    expect(outcome.diagnostics).toEqual([]);
    const { map, diagnostics } = parseMap(dump(outcome.document));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const reference = references.find((r) => r.name === file.split('/').at(-1)!.replace(/\.(apx|tgf|af)$/, ''))!;
    const inExtension = new Set(reference.GR_clingo.map((name) => (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) ? name : `arg-${name}`)));
    const labels = evaluate(map).labels;
    for (const statement of map.statements.filter((s) => !s.implicit)) expect(labels.get(statement.id) === 'in', statement.id).toBe(inExtension.has(statement.id));
  });
});
