/**
 * The one way through the core for a map's text, used by the library
 * (`checkText`) and the CLI (load.ts, check-files.ts): decode, parse, then
 * check unless parsing found errors (as ESLint stops at a fatal parse error;
 * parse warnings are kept either way). The core reports spans; lines and
 * columns come from one locator per text, made here, where the text is loaded.
 */
import { locateChecks, runRules, UNKNOWN_RULE, type CheckOptions } from './check/run.js';
import { createLocator, diagnosticAt, withoutBom, type Locator } from './diagnostics/locate.js';
import { compareDiagnostics, type Diagnostic } from './diagnostics/types.js';
import type { ArgMap } from './model/types.js';
import { emptyMap } from './parse/build-map.js';
import { readMap } from './parse/parse-map.js';
import { PARSE_PROBLEMS, type ProblemMeta } from './parse/problems.js';

/** Every problem that is not a rule: the parser's, and the rule engine's own (for `argmap codes`, SARIF and docs/format.md). */
export const FORMAT_PROBLEMS: readonly (ProblemMeta & { code: string })[] = [
  ...Object.entries(PARSE_PROBLEMS).map(([code, meta]) => ({ code, ...meta })),
  UNKNOWN_RULE,
];

export interface ParsedText {
  /** The name diagnostics use. */
  file: string;
  /** The text as parsed: without a byte-order mark. */
  text: string;
  /** Lines and columns in `text`, for every diagnostic and code frame about it. */
  locator: Locator;
  map: ArgMap;
  /** The parse diagnostics, sorted. */
  diagnostics: Diagnostic[];
  /** Whether parsing found errors: then the rules do not run. */
  failed: boolean;
}

export function parseText(text: string, file = '<input>'): ParsedText {
  const source = withoutBom(text);
  const locator = createLocator(file, source);
  const { map, problems } = readMap(source, file);
  const diagnostics = problems.map((problem) => diagnosticAt(locator, problem)).sort(compareDiagnostics);
  return { file, text: source, locator, map, diagnostics, failed: diagnostics.some((diagnostic) => diagnostic.severity === 'error') };
}

/** A text that could not be parsed at all (it is not UTF-8): an empty map, and the one diagnostic that says why. */
export function unreadableText(file: string, diagnostic: Diagnostic): ParsedText {
  return { file, text: '', locator: createLocator(file, ''), map: emptyMap(file), diagnostics: [diagnostic], failed: true };
}

/** The rules' diagnostics for a parsed text, sorted; none when parsing failed. */
export function checkParsed(parsed: ParsedText, options: CheckOptions = {}): Diagnostic[] {
  return parsed.failed ? [] : locateChecks(runRules(parsed.map, options), parsed.locator, options.source);
}

/** What `argmap check` reports for one map's text: its parse diagnostics and, when it parsed, the rules'. Sorted. */
export function checkText(text: string, file = '<input>', options: CheckOptions = {}): Diagnostic[] {
  const parsed = parseText(text, file);
  if (parsed.failed) return parsed.diagnostics;
  return [...parsed.diagnostics, ...checkParsed(parsed, options)].sort(compareDiagnostics);
}
