import { InvalidArgumentError } from 'commander';
import { parseRuleSetting } from '../check/run.js';
import type { RuleLevel } from '../model/types.js';

/**
 * The option parsers the commands share, and the state a command reports
 * back to `main`. Kept apart from main.ts, which imports the commands.
 */

/** What a command reports back to `main`. */
export interface RunState {
  exitCode: number;
}

/** A number above 0, fractions allowed (`--max-size 0.5`). */
export function parsePositive(name: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError(`${name} needs a positive number.`);
    return number;
  };
}

/** A whole number, `min` or more: "--width needs a whole number of columns, 20 or more." */
export function parseWhole(name: string, min: number, unit?: string): (value: string) => number {
  return (value) => {
    // Digits only: Number() alone takes '' and ' ' as 0, and '0x10' as 16.
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number) || number < min) {
      throw new InvalidArgumentError(`${name} needs a whole number${unit === undefined ? '' : ` of ${unit}`}, ${min} or more.`);
    }
    return number;
  };
}

/** `--rule ID=LEVEL`, repeatable: later settings win. */
export function collectRule(value: string, previous: Record<string, RuleLevel>): Record<string, RuleLevel> {
  const setting = parseRuleSetting(value);
  if ('error' in setting) throw new InvalidArgumentError(setting.error);
  return { ...previous, [setting.rule]: setting.level };
}
