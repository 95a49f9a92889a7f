import type { RuleLevel } from './types.js';

/** The levels a rule may be set to, in a map's `checks:` or by `--rule`; "warn" is short for "warning". */
export const RULE_LEVELS = ['off', 'info', 'warning', 'warn', 'error'] as const;

/** A rule level as written in a map or on the command line, or undefined when it is none. */
export function ruleLevel(value: unknown): RuleLevel | undefined {
  if (value === 'warn') return 'warning';
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value) ? (value as RuleLevel) : undefined;
}
