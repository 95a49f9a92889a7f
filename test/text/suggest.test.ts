import { describe, expect, it } from 'vitest';
import { didYouMean, limitedDidYouMean } from '../../src/text/suggest.js';

describe('didYouMean', () => {
  it('gives the hint for a close candidate, and nothing for a distant one', () => {
    expect(didYouMean('mortl', ['mortal', 'socrates'])).toBe('Did you mean "mortal"?');
    expect(didYouMean('zebra', ['mortal', 'socrates'])).toBeUndefined();
  });

  it('with a limit, stops suggesting after that many calls', () => {
    const suggest = limitedDidYouMean(2);
    expect([1, 2, 3].map(() => suggest('mortl', ['mortal']))).toEqual(['Did you mean "mortal"?', 'Did you mean "mortal"?', undefined]);
  });
});
