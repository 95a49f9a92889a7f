import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_PROBLEMS } from '../../src/pipeline.js';

const doc = readFileSync(new URL('../../docs/format.md', import.meta.url), 'utf8');
/** GitHub's anchor for a heading: lower case, spaces to dashes, most punctuation dropped. */
const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
const headings = new Map([...doc.matchAll(/^## (.+)$/gm)].map(([, heading]) => [`#${slug(heading!)}`, heading!]));

/** The row docs/format.md must have for a problem. */
export const problemRow = (problem: (typeof FORMAT_PROBLEMS)[number]) =>
  `| \`${problem.code}\` | ${problem.severity} | ${problem.description} | [${headings.get(problem.docs)}](${problem.docs}) |`;

describe('docs/format.md, "Problems"', () => {
  it('lists every problem that is not a rule, in the catalogue\'s order, each linked to a section that exists', () => {
    const table = doc.split('\n## Problems\n')[1]!.split('\n## ')[0]!;
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    for (const problem of FORMAT_PROBLEMS) expect(headings.has(problem.docs), `${problem.code} → ${problem.docs}`).toBe(true);
    expect(rows).toEqual(FORMAT_PROBLEMS.map(problemRow));
  });

  it('has every code the parser reports in the catalogue (the type allows no other)', () => {
    const codes = new Set(FORMAT_PROBLEMS.map((problem) => problem.code));
    expect(codes.size).toBe(FORMAT_PROBLEMS.length);
    expect([...codes]).toContain('unknown-rule');
  });
});
