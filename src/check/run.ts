import { createLocator, diagnosticAt, withoutBom, type Locator } from '../diagnostics/locate.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/types.js';
import { indexMap } from '../model/graph.js';
import type { ArgMap, RuleLevel } from '../model/types.js';
import { ruleLevel } from '../parse/entities.js';
import { parseMap } from '../parse/parse-map.js';
import { didYouMean } from '../parse/suggest.js';
import { indexSource, type SourceIndex } from './quotes.js';
import type { Finding, Rule, RuleContext, RuleMeta, SourceText } from './rule.js';
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

/**
 * Runs the consistency rules over a map that parsed without errors and
 * returns their diagnostics, sorted. `text` is the map's text as parsed (for
 * lines and columns). Each rule runs at the level the command line, else the
 * map's `checks:`, else its default gives it; rules that are off do not run.
 */
export function checkMap(map: ArgMap, text: string, options: CheckOptions = {}): Diagnostic[] {
  const locator = createLocator(map.file, withoutBom(text));
  const diagnostics: Diagnostic[] = [];
  const levels = new Map(RULES.map((rule) => [rule.id, rule.level]));
  for (const setting of map.checks) {
    if (byId.has(setting.rule)) {
      levels.set(setting.rule, setting.level);
      continue;
    }
    diagnostics.push(
      diagnosticAt(locator, {
        code: 'unknown-rule',
        severity: 'warning',
        message: `Unknown rule ${q(setting.rule)} in "checks:".`,
        span: setting.span,
        hint: suggestRule(setting.rule) ?? 'Run `argmap rules` for the list. Format errors cannot be turned off.',
      }),
    );
  }
  for (const [id, level] of Object.entries(options.rules ?? {})) {
    if (!byId.has(id)) throw new TypeError(`checkMap: unknown rule "${id}"`);
    levels.set(id, level);
  }

  const source = options.source;
  let sourceIndex: SourceIndex | undefined;
  let sourceLocator: Locator | undefined;
  const locateInSource = (span: Finding['span']) => {
    sourceLocator ??= createLocator(source!.file, source && 'text' in source ? source.text : '');
    return sourceLocator.locate(span);
  };
  const shared = {
    map,
    index: indexMap(map),
    source,
    sourceIndex: () => (source && 'text' in source ? (sourceIndex ??= indexSource(source.text)) : undefined),
    locateInSource,
  };

  for (const rule of RULES) {
    const level = levels.get(rule.id)!;
    if (level === 'off') continue;
    const context: RuleContext = {
      ...shared,
      report: (finding) => diagnostics.push(toDiagnostic(rule, level, finding, locator, locateInSource)),
    };
    rule.check(context);
  }
  return diagnostics.sort(compareDiagnostics);
}

function toDiagnostic(
  rule: Rule,
  severity: Exclude<RuleLevel, 'off'>,
  finding: Finding,
  locator: Locator,
  locateInSource: (span: Finding['span']) => ReturnType<Locator['locate']>,
): Diagnostic {
  const inMap = (finding.related ?? []).filter((related) => !related.inSource);
  const diagnostic = diagnosticAt(locator, { code: rule.id, severity, ...finding, related: inMap });
  const inSource = (finding.related ?? []).filter((related) => related.inSource);
  if (inSource.length > 0) {
    diagnostic.related = [
      ...(diagnostic.related ?? []),
      ...inSource.map((related) => ({ message: related.message, ...locateInSource(related.span) })),
    ];
  }
  return diagnostic;
}

/**
 * What `argmap check` does for one map's text: parse it, then run the rules
 * when parsing found no errors (as ESLint stops at a fatal parse error).
 * Parse warnings are kept either way.
 */
export function checkText(text: string, file = '<input>', options: CheckOptions = {}): Diagnostic[] {
  const { map, diagnostics } = parseMap(text, file);
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return diagnostics;
  return [...diagnostics, ...checkMap(map, text, options)].sort(compareDiagnostics);
}
