import type { Statement } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { q } from '../words.js';

export const duplicateStatement: Rule = {
  id: 'duplicate-statement',
  level: 'warning',
  description: 'Two statements have the same text (ignoring case, spaces and punctuation).',
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane.
  safer: The lane makes the street safer.
  safer-2: "The lane makes the street safer!"
arguments:
  safety: { supports: lane, premises: [safer] }
  again: { supports: lane, premises: [safer-2] }
`,
  check({ map, report }) {
    // Keyed by a hash of the normalised text, computed without building it
    // for plain ASCII; texts are compared only when two hashes meet.
    const first = new Map<number, Statement>();
    const collided = new Map<number, { statement: Statement; key: string }[]>();
    for (const statement of map.statements) {
      const hash = normalisedHash(statement.text);
      if (hash === undefined) continue;
      const other = first.get(hash);
      if (!other) {
        first.set(hash, statement);
        continue;
      }
      let bucket = collided.get(hash);
      if (!bucket) {
        bucket = [{ statement: other, key: normaliseText(other.text) }];
        collided.set(hash, bucket);
      }
      const key = normaliseText(statement.text);
      const earlier = bucket.find((entry) => entry.key === key)?.statement;
      bucket.push({ statement, key });
      if (!earlier) continue;
      report({
        message: `Statements ${q(earlier.id)} and ${q(statement.id)} say the same thing.`,
        span: statement.textSpan,
        hint: `Keep ${q(earlier.id)} and use it wherever ${q(statement.id)} is used: one statement can be a premise of many arguments.`,
        related: [{ message: `the text of ${q(earlier.id)}`, span: earlier.textSpan }],
      });
    }
  },
};

const NON_ASCII = /[^\x00-\x7f]/;

/** Case, Unicode compatibility forms, punctuation and spacing do not make a different claim. */
export function normaliseText(text: string): string {
  if (!NON_ASCII.test(text)) {
    return text.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  }
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/**
 * FNV-1a of `normaliseText(text)`, or undefined when that is empty. For ASCII
 * text it walks the characters once, doing what normaliseText does on the way.
 */
export function normalisedHash(text: string): number | undefined {
  if (NON_ASCII.test(text)) {
    const normal = normaliseText(text);
    let hash = 0x811c9dc5;
    for (let i = 0; i < normal.length; i++) hash = Math.imul(hash ^ normal.charCodeAt(i), 0x01000193);
    return normal === '' ? undefined : hash;
  }
  let hash = 0x811c9dc5;
  let emitted = false;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (gap && emitted) hash = Math.imul(hash ^ 32, 0x01000193);
      hash = Math.imul(hash ^ code, 0x01000193);
      emitted = true;
      gap = false;
    } else if (code !== 39 && code !== 96) {
      gap = true;
    }
  }
  return emitted ? hash : undefined;
}
