import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap, renderTree } from '../../src/index.js';
import { loadDisplayWidth } from '../../src/text/width.js';

const FRAGMENTS = ['Plain words', 'a-very-long-unbroken-identifier-like-word-that-must-be-split', '東京は日本の首都である', '😀 🎉', '\u001b[2J', '\u202Eevil', '\u009b31m', 'tab\there', 'new\nline', 'café'];

/** A random map: statements with awkward text, and arguments of every kind between them (cycles and shared premises included). */
const randomMap = fc
  .record({
    texts: fc.array(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 10 }),
    args: fc.array(
      fc.record({
        kind: fc.constantFrom('supports', 'attacks', 'undercuts'),
        target: fc.nat(),
        premises: fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 14 },
    ),
    theses: fc.uniqueArray(fc.nat({ max: 9 }), { maxLength: 2 }),
  })
  .map(({ texts, args, theses }) => {
    const count = texts.length;
    const lines = ['argmap: 1', 'statements:'];
    texts.forEach((parts, i) => lines.push(`  s${i}: ${JSON.stringify(parts.join(' '))}`));
    const valid = theses.filter((i) => i < count);
    if (valid.length > 0) lines.push(`theses: [${valid.map((i) => `s${i}`).join(', ')}]`);
    const argumentLines: string[] = [];
    const made: string[] = [];
    args.forEach((argument, k) => {
      const premises = [...new Set(argument.premises.map((i) => i % count))];
      const target = argument.kind === 'undercuts' ? made[argument.target % Math.max(1, made.length)] : `s${argument.target % count}`;
      const usable = premises.filter((i) => `s${i}` !== target);
      if (target === undefined || usable.length === 0) return;
      argumentLines.push(`  a${k}: { ${argument.kind}: ${target}, premises: [${usable.map((i) => `s${i}`).join(', ')}] }`);
      made.push(`a${k}`);
    });
    if (argumentLines.length > 0) lines.push('arguments:', ...argumentLines);
    return { yaml: `${lines.join('\n')}\n`, count };
  });

const GUIDES = /^(?:«\d+» )?[│├└─ ]*/u;
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('renderTree on random maps', () => {
  it('prints each statement in full exactly once, within the width, with nothing unsafe', async () => {
    const displayWidth = await loadDisplayWidth();
    fc.assert(
      fc.property(randomMap, fc.integer({ min: 20, max: 100 }), fc.boolean(), ({ yaml, count }, width, ascii) => {
        const { map, diagnostics } = parseMap(yaml, 'random.yaml');
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const result = renderTree(map, { width, displayWidth, ascii });
        const full = new Map<string, number>();
        const content = result.lines.map((line) => (ascii ? line.replace(/^(?:<\d+> )?[|`\- ]*/, '') : line.replace(GUIDES, '')));
        content.forEach((line, i) => {
          expect(displayWidth(result.lines[i]!)).toBeLessThanOrEqual(width);
          expect(result.lines[i]).not.toMatch(UNSAFE);
          // The id starts the line; what follows it is two spaces later, or on the next line when it does not fit.
          const match = /^(s\d+)(?: {2}(.*))?$/.exec(line);
          const after = match?.[2] ?? content[i + 1] ?? '';
          if (match && !/^(?:↑|↺|\^) /.test(after)) full.set(match[1]!, (full.get(match[1]!) ?? 0) + 1);
        });
        for (let i = 0; i < count; i++) expect(full.get(`s${i}`) ?? 0).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
