import type { Diagnostic, Location, Severity } from './types.js';
import { escapeJson } from '../text/escape.js';

/**
 * Diagnostics as a SARIF 2.1.0 log, the format code-scanning services
 * (GitHub's among them) read. Every rule the tool has is listed in
 * tool.driver.rules, enabled or not; codes that are not rules (format errors
 * found while parsing) get a descriptor of their own from `problems`, so
 * every result points at one by index.
 */

export interface SarifRule {
  id: string;
  /** 'off' rules are listed as disabled. */
  level: Severity | 'off';
  description: string;
}

/** A problem that is not a rule (a format error), described where docs/format.md explains it. */
export interface SarifProblem {
  code: string;
  severity: Severity;
  description: string;
  /** The anchor in docs/format.md: `#statements`. */
  docs: string;
}

export interface SarifOptions {
  toolName?: string;
  version: string;
  rules: readonly SarifRule[];
  /** The format problems' catalogue; a code in neither list gets a generic description. */
  problems?: readonly SarifProblem[];
  /** Where each rule is documented, relative to the repository: `docs/rules.md`. */
  rulesDoc?: string;
  /** An absolute base URI for the rules' documentation; only then is `helpUri` (which must be absolute) given. */
  rulesDocUri?: string;
}

const SARIF_LEVEL: Record<Severity | 'off', 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', off: 'note' };

export function formatSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  const rulesDoc = options.rulesDoc ?? 'docs/rules.md';
  const descriptors: (SarifRule & { docs?: string })[] = [...options.rules];
  const known = new Set(descriptors.map((rule) => rule.id));
  const problems = new Map((options.problems ?? []).map((problem) => [problem.code, problem]));
  for (const diagnostic of diagnostics) {
    if (known.has(diagnostic.code)) continue;
    known.add(diagnostic.code);
    const problem = problems.get(diagnostic.code);
    descriptors.push(
      problem === undefined
        ? { id: diagnostic.code, level: diagnostic.severity, description: `The map does not follow the format (${diagnostic.code}).` }
        : { id: problem.code, level: problem.severity, description: problem.description, docs: problem.docs },
    );
  }
  const indexOf = new Map(descriptors.map((rule, i) => [rule.id, i]));
  const isParseCode = (id: string) => !options.rules.some((rule) => rule.id === id);

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName ?? 'argmap',
            version: options.version,
            semanticVersion: options.version,
            rules: descriptors.map((rule) => {
              const doc = isParseCode(rule.id) ? `docs/format.md${rule.docs ?? ''}` : `${rulesDoc}#${rule.id}`;
              return {
                id: rule.id,
                shortDescription: { text: rule.description },
                help: { text: `${rule.description} See ${doc}.`, markdown: `${rule.description} See [${doc}](${doc}).` },
                ...(options.rulesDocUri && !isParseCode(rule.id) ? { helpUri: `${options.rulesDocUri}#${rule.id}` } : {}),
                defaultConfiguration: { enabled: rule.level !== 'off', level: SARIF_LEVEL[rule.level] },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((diagnostic) => ({
          ruleId: diagnostic.code,
          ruleIndex: indexOf.get(diagnostic.code)!,
          level: SARIF_LEVEL[diagnostic.severity],
          message: { text: diagnostic.hint ? `${diagnostic.message}\nHint: ${diagnostic.hint}` : diagnostic.message },
          locations: [{ physicalLocation: physicalLocation(diagnostic) }],
          ...(diagnostic.related && diagnostic.related.length > 0
            ? {
                relatedLocations: diagnostic.related.map((related, i) => ({
                  id: i + 1,
                  message: { text: related.message },
                  physicalLocation: physicalLocation(related),
                })),
              }
            : {}),
        })),
      },
    ],
  };
  return `${escapeJson(JSON.stringify(log, null, 2))}\n`;
}

function physicalLocation(location: Location) {
  const uri = fileUri(location.file);
  return {
    artifactLocation: uri.relative ? { uri: uri.value, uriBaseId: '%SRCROOT%' } : { uri: uri.value },
    region: { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn },
  };
}

/** A file name as a URI: relative paths stay relative (to the checkout), absolute ones become file: URIs. */
export function fileUri(file: string): { value: string; relative: boolean } {
  const path = file.replace(/\\/g, '/');
  const encode = (part: string) => part.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(path)) return { value: `file:///${path.slice(0, 2)}${encode(path.slice(2))}`, relative: false };
  if (path.startsWith('/')) return { value: `file://${encode(path)}`, relative: false };
  return { value: encode(path), relative: true };
}
