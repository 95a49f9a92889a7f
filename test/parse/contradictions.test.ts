import { describe, expect, it } from 'vitest';
import { details as diagnostics } from './parse-helpers.js';

const base = 'argmap: 1\nstatements: {a: A, b: B}\ncontradictions:\n';

describe('a contradiction with an item that is not an id', () => {
  it('a null item is a wrong type at the item', () => {
    expect(diagnostics(`${base}  - [a, ~]\n`)).toEqual([
      {
        code: 'wrong-type',
        line: 4,
        column: 9,
        message: 'The second item of a contradiction should be a statement id, but it is empty.',
        hint: 'Name the two statements that cannot both be true: "- [first-id, second-id]".',
      },
    ]);
  });

  it('a number is a wrong type at the item, with the hint to quote it', () => {
    expect(diagnostics(`${base}  - [12, b]\n`)).toEqual([
      {
        code: 'wrong-type',
        line: 4,
        column: 6,
        message: 'The first item of a contradiction should be a statement id, but it is a number.',
        hint: 'Ids are text. If "12" is an id, write it in quotes: \'12\'.',
      },
    ]);
  });

  it('near misses: a pair of ids is fine; a pair of three is still about the count', () => {
    expect(diagnostics(`${base}  - [a, b]\n`)).toEqual([]);
    expect(diagnostics(`${base}  - [a, b, ~]\n`)).toEqual([
      expect.objectContaining({ code: 'wrong-type', line: 4, column: 5, message: 'Each contradiction should be a pair of statement ids, but this is a list of 3.' }),
    ]);
  });
});
