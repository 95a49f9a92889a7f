import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { collectRule, parsePositive, parseWhole } from '../../src/cli/options.js';

describe('the shared option parsers', () => {
  it('parseWhole takes whole numbers from the minimum up, and names the option and unit when refusing', () => {
    const width = parseWhole('--width', 20, 'columns');
    expect(width('20')).toBe(20);
    // Number() would take '' and ' ' as 0, '0x10' as 16, '1e2' as 100 and ' 30 ' as 30.
    for (const bad of ['19', '20.5', 'wide', '', ' ', '0x20', '1e2', ' 30 ', '+30', '30.0']) {
      expect(() => width(bad)).toThrow(new InvalidArgumentError('--width needs a whole number of columns, 20 or more.'));
    }
    expect(parseWhole('--depth', 0)('0')).toBe(0);
    expect(() => parseWhole('--depth', 0)('-1')).toThrow('--depth needs a whole number, 0 or more.');
    for (const bad of ['', ' ', '0x0', '-0']) expect(() => parseWhole('--max-warnings', 0)(bad), JSON.stringify(bad)).toThrow('--max-warnings needs a whole number, 0 or more.');
    expect(parseWhole('--max-warnings', 0)('007')).toBe(7);
  });

  it('parsePositive takes fractions above 0 only', () => {
    expect(parsePositive('--max-size')('0.5')).toBe(0.5);
    for (const bad of ['0', '-1', 'Infinity', 'big']) expect(() => parsePositive('--max-size')(bad)).toThrow('--max-size needs a positive number.');
  });

  it('collectRule gathers --rule settings, later ones winning, and refuses unknown rules', () => {
    const first = collectRule('single-premise=off', {});
    expect(collectRule('single-premise=warn', first)).toEqual({ 'single-premise': 'warning' });
    expect(() => collectRule('no-such-rule=off', {})).toThrow(InvalidArgumentError);
    expect(() => collectRule('no-such-rule=off', {})).toThrow('Unknown rule "no-such-rule". See `argmap rules` for the list.');
  });
});
