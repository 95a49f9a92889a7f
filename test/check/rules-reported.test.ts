import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers.js';
import { check, found } from './check-helpers.js';

const map = (premise: string, argument = '') => yaml`
  argmap: 1
  speakers:
    me: { name: The author, role: author }
    mayor: { name: The mayor, role: cited }
    critic: { name: A critic, role: commenter }
  theses: [lane]
  statements:
    lane: Build the bike lane.
    cheap: { text: The lane costs little., ${premise} }
  arguments:
    cost: { supports: lane, premises: [cheap]${argument} }
`;

describe('unendorsed-report', () => {
  it("warns at the premise of an author's argument that is only reported from someone else", () => {
    const [finding] = check(map('said-by: mayor')).filter((d) => d.code === 'unendorsed-report');
    expect(finding).toMatchObject({
      severity: 'warning',
      line: 11,
      column: 38,
      message: 'Argument "cost" is the author\'s, but its premise "cheap" is only reported from The mayor.',
      hint: 'If the author accepts it, add "endorsed-by: me" to "cheap" (or "speaker: me", if the author asserts it too). If not, the argument is not the author\'s: give it the right "speaker:".',
    });
    expect(finding!.related).toMatchObject([{ message: 'reported here', line: 9, column: 51 }]);
    expect(found(map('said-by: [mayor, critic]'), 'unendorsed-report')).toEqual(['warning 11:38']);
  });

  it('is quiet when the author endorses or asserts the claim, or the argument is not the author\'s', () => {
    expect(found(map('said-by: mayor, endorsed-by: me'), 'unendorsed-report')).toEqual([]);
    expect(found(map('said-by: mayor, endorsed-by: [critic, me]'), 'unendorsed-report')).toEqual([]);
    expect(found(map('said-by: mayor, speaker: me'), 'unendorsed-report')).toEqual([]);
    expect(found(map('said-by: mayor', ', speaker: mayor'), 'unendorsed-report')).toEqual([]);
    // Reported from the author alone is the author's own claim.
    expect(found(map('said-by: me'), 'unendorsed-report')).toEqual([]);
  });

  it('near misses: endorsed by someone else, or argued by the author by default, still warn', () => {
    expect(found(map('said-by: mayor, endorsed-by: critic'), 'unendorsed-report')).toEqual(['warning 11:38']);
    expect(found(map('said-by: mayor, speaker: critic'), 'unendorsed-report')).toEqual(['warning 11:38']);
    expect(found(map('said-by: mayor', ', speaker: me'), 'unendorsed-report')).toEqual(['warning 11:38']);
  });

  it('does nothing in a map without an author speaker', () => {
    const text = yaml`
      argmap: 1
      speakers: { mayor: The mayor }
      theses: [lane]
      statements:
        lane: Build the bike lane.
        cheap: { text: The lane costs little., said-by: mayor }
      arguments:
        cost: { supports: lane, premises: [cheap] }
    `;
    expect(found(text, 'unendorsed-report')).toEqual([]);
  });
});
