import { createLocator, diagnosticAt, withoutBom, type DiagnosticInput, type Locator } from '../diagnostics/locate.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/types.js';
import { indexMap } from '../model/graph.js';
import { ruleLevel } from '../model/rule-levels.js';
import type { ArgMap, RuleLevel } from '../model/types.js';
import { didYouMean } from '../text/suggest.js';
import { indexSource, type SourceIndex } from '../quotes/index.js';
import type { RuleContext, RuleMeta, SourceText } from './rule.js';
import { RULES } from './rules/index.js';
import { q } from './words.js';

export interface CheckOptions {
  /** The source text for the quote rules, read by the caller (the CLI reads `source.file`). */
  source?: SourceText;
  /** Levels for this run, by rule id; they override the map's `checks:`. */
  rules?: Readonly<Record<string, RuleLevel>>;
}

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rules' metadata, for `argmap rules`, docs and SARIF. */
export const RULE_METADATA: readonly RuleMeta[] = RULES.map(({ id, level, description, example }) => ({ id, level, description, example }));

export function findRule(id: string): RuleMeta | undefined {
  return byId.get(id);
}

/** "Did you mean" for a rule id that does not exist. */
export function suggestRule(id: string): string | undefined {
  return didYouMean(id, byId.keys());
}

/**
 * Reads `ID=LEVEL` as given to `--rule` ("warn" is short for "warning").
 * Returns the setting, or a one-line reason it is wrong.
 */
export function parseRuleSetting(text: string): { rule: string; level: RuleLevel } | { error: string } {
  const at = text.indexOf('=');
  const rule = at === -1 ? text : text.slice(0, at);
  const level = at === -1 ? undefined : ruleLevel(text.slice(at + 1));
  if (!byId.has(rule)) return { error: `Unknown rule ${q(rule)}. ${suggestRule(rule) ?? 'See `argmap rules` for the list.'}` };
  if (level === undefined) return { error: `Give a level for ${q(rule)}: ${rule}=off, info, warning (warn) or error.` };
  return { rule, level };
}

/** The one problem the rule engine itself reports, described as the parser's problems are (parse/problems.ts). */
export const UNKNOWN_RULE = {
  code: 'unknown-rule',
  severity: 'warning',
  description: 'A rule id in "checks:" that names no rule (the message suggests the nearest).',
  docs: '#checks',
} as const;

/**
 * Runs the consistency rules over a map that parsed without errors and
 * returns their diagnostics, sorted. `text` is the map's text as parsed (for
 * lines and columns). Each rule runs at the level the command line, else the
 * map's `checks:`, else its default gives it; rules that are off do not run.
 */
export function checkMap(map: ArgMap, text: string, options: CheckOptions = {}): Diagnostic[] {
  return locateChecks(runRules(map, options), createLocator(map.file, withoutBom(text)), options.source);
}

/** Findings placed by lines and columns: in the map by `locator`, related places in the source text by its own. */
export function locateChecks(problems: readonly DiagnosticInput[], locator: Locator, source: SourceText | undefined): Diagnostic[] {
  const inSource = source === undefined ? undefined : sourceLocatorOf(source);
  return problems.map((problem) => diagnosticAt(locator, problem, inSource)).sort(compareDiagnostics);
}

/**
 * The source text's one locator, shared by the rules (a hint may name a line
 * of the source) and by the placing of their findings. Its line table is
 * built only when a line is asked for.
 */
const sourceLocators = new WeakMap<SourceText, Locator>();
function sourceLocatorOf(source: SourceText): Locator {
  let locator = sourceLocators.get(source);
  if (locator === undefined) sourceLocators.set(source, (locator = createLocator(source.file, 'text' in source ? source.text : '')));
  return locator;
}

/** The rules' core: what they find, by spans (in the map, or `inSource` in the source text), unsorted. */
export function runRules(map: ArgMap, options: CheckOptions = {}): DiagnosticInput[] {
  const problems: DiagnosticInput[] = [];
  const levels = new Map(RULES.map((rule) => [rule.id, rule.level]));
  for (const setting of map.checks) {
    if (byId.has(setting.rule)) {
      levels.set(setting.rule, setting.level);
      continue;
    }
    problems.push({
      code: UNKNOWN_RULE.code,
      severity: UNKNOWN_RULE.severity,
      message: `Unknown rule ${q(setting.rule)} in "checks:".`,
      span: setting.span,
      hint: suggestRule(setting.rule) ?? 'Run `argmap rules` for the list. Format errors cannot be turned off.',
    });
  }
  for (const [id, level] of Object.entries(options.rules ?? {})) {
    if (!byId.has(id)) throw new TypeError(`checkMap: unknown rule "${id}"`);
    levels.set(id, level);
  }

  const source = options.source;
  let sourceIndex: SourceIndex | undefined;
  const shared = {
    map,
    index: indexMap(map),
    source,
    sourceIndex: () => (source && 'text' in source ? (sourceIndex ??= indexSource(source.text)) : undefined),
    locateInSource: (span: DiagnosticInput['span']) => sourceLocatorOf(source!).locate(span),
  };

  for (const rule of RULES) {
    const level = levels.get(rule.id)!;
    if (level === 'off') continue;
    const context: RuleContext = {
      ...shared,
      report: (finding) => problems.push({ code: rule.id, severity: level, ...finding }),
    };
    rule.check(context);
  }
  return problems;
}
