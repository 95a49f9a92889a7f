import { expect, it } from 'vitest';
import { yaml } from '../../helpers.js';
import { findingsOf, ruleMeta, testRule } from '../rule-tester.js';

const longId = (k: string) => `${k}-${'x'.repeat(70)}`;
/** The hint every circle gets, before what is said of a knot of circles. */
const breakIt =
  'Each claim in the circle is supported, in the end, by itself, so the circle gives no reason to accept any of them. Break it: drop one of these supports, or give one claim a reason from outside the circle.';
/** A long id as messages show it: cut to 60 characters. */
const cutId = (k: string) => `"${k}-${'x'.repeat(58)}…"`;

testRule('circular-reasoning', {
  valid: [
    {
      name: 'attacks do not count, nor a statement supporting two claims that support a third',
      yaml: yaml`
        argmap: 1
        theses: [a]
        statements: { a: A, b: B, c: C, d: D }
        arguments:
          ba: { supports: a, premises: [b, c] }
          db: { supports: b, premises: [d] }
          dc: { supports: c, premises: [d] }
          ad: { attacks: d, premises: [a] }
      `,
    },
  ],
  invalid: [
    {
      name: 'a cycle once, at its first step, with every step as a related position',
      yaml: yaml`
        argmap: 1
        theses: [a]
        statements: { a: A, b: B, c: C, d: D }
        arguments:
          ab: { supports: a, premises: [b] }
          bc: { supports: b, premises: [c, d] }
          ca: { supports: c, premises: [a] }
      `,
      errors: [
        {
          at: 'circular-reasoning 7:33',
          message: 'Circular reasoning (3 steps): "a" → "c" → "b" → "a".',
          related: [
            '7:33 step 1: "a" is a premise of "ca", which supports "c"',
            '6:33 step 2: "c" is a premise of "bc", which supports "b"',
            '5:33 step 3: "b" is a premise of "ab", which supports "a"',
          ],
        },
      ],
    },
    {
      name: 'two separate circles separately, and a knot of overlapping circles once',
      yaml: yaml`
        argmap: 1
        theses: [a]
        statements: { a: A, b: B, c: C, x: X, y: Y }
        arguments:
          ab: { supports: a, premises: [b] }
          ba: { supports: b, premises: [a] }
          bc: { supports: b, premises: [c] }
          cb: { supports: c, premises: [b] }
          xy: { supports: x, premises: [y] }
          yx: { supports: y, premises: [x] }
          xa: { supports: a, premises: [x] }
      `,
      errors: [
        {
          at: 'circular-reasoning 6:33',
          message: 'Circular reasoning (2 steps): "a" → "b" → "a".',
          hint: `${breakIt} 3 statements support each other in circles here; this is one of the circles.`,
        },
        { at: 'circular-reasoning 10:33', message: 'Circular reasoning (2 steps): "x" → "y" → "x".' },
      ],
    },
    {
      name: 'a short message when the ids are long, cutting the middle of the circle',
      yaml: yaml`
        argmap: 1
        theses: [${longId('a')}]
        statements: { ${longId('a')}: A, ${longId('b')}: B, ${longId('c')}: C }
        arguments:
          ab: { supports: ${longId('a')}, premises: [${longId('b')}] }
          bc: { supports: ${longId('b')}, premises: [${longId('c')}] }
          ca: { supports: ${longId('c')}, premises: [${longId('a')}] }
      `,
      errors: [
        {
          at: 'circular-reasoning 7:104',
          message: `Circular reasoning (3 steps): ${cutId('a')} → … → ${cutId('a')}.`,
          related: [
            `7:104 step 1: ${cutId('a')} is a premise of "ca", which supports ${cutId('c')}`,
            `6:104 step 2: ${cutId('c')} is a premise of "bc", which supports ${cutId('b')}`,
            `5:104 step 3: ${cutId('b')} is a premise of "ab", which supports ${cutId('a')}`,
          ],
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('circular-reasoning').example,
      errors: [
        {
          at: 'circular-reasoning 9:52',
          message: 'Circular reasoning (2 steps): "reliable" → "word-of-god" → "reliable".',
          hint: breakIt,
          related: [
            '9:52 step 1: "reliable" is a premise of "a2", which supports "word-of-god"',
            '8:40 step 2: "word-of-god" is a premise of "a1", which supports "reliable"',
          ],
        },
      ],
    },
  ],
});

it('circular-reasoning handles a circle 100,000 statements long without deep recursion', () => {
  const n = 100_000;
  const lines = ['argmap: 1', 'theses: [s0]', 'statements:'];
  for (let i = 0; i < n; i++) lines.push(`  s${i}: S${i}`);
  lines.push('arguments:');
  for (let i = 0; i < n; i++) lines.push(`  a${i}: { supports: s${i}, premises: [s${(i + 1) % n}] }`);
  const findings = findingsOf(ruleMeta('circular-reasoning'), { yaml: `${lines.join('\n')}\n`, options: { rules: { 'single-premise': 'off' } } });
  expect(findings).toHaveLength(1);
  expect(findings[0]!.message).toMatch(/^Circular reasoning \(100000 steps\): "s0" → "s99999" → .* → … → "s0"\.$/);
  expect(findings[0]!.related).toHaveLength(100);
});
