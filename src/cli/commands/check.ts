import { InvalidArgumentError, Option, type Command } from 'commander';
import { checkMap, parseRuleSetting, RULE_METADATA } from '../../check/run.js';
import type { SourceText } from '../../check/rule.js';
import { formatDiagnosticsJson } from '../../diagnostics/format-json.js';
import { diagnosticBlocks, formatSummary } from '../../diagnostics/format-pretty.js';
import { formatSarif } from '../../diagnostics/format-sarif.js';
import { countDiagnostics, type Diagnostic, type DiagnosticCounts } from '../../diagnostics/types.js';
import type { RuleLevel } from '../../model/types.js';
import { escapeTerminal } from '../../text/escape.js';
import { plural } from '../../text/plural.js';
import { displayWidthFor } from '../../text/width.js';
import { runContext, writeEach, type CliIo, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { loadMap, type LoadedMap } from '../load.js';
import { parseCount, type RunState } from '../main.js';
import { sourcePathOf, sourceReader } from '../source.js';
import { VERSION } from '../version.js';

interface CheckOptions {
  format: 'pretty' | 'json' | 'sarif';
  maxWarnings?: number;
  quiet?: boolean;
  rule: Record<string, RuleLevel>;
  source?: string;
  questions?: boolean;
}

/** `--rule ID=LEVEL`, repeatable: later settings win. */
function collectRule(value: string, previous: Record<string, RuleLevel>): Record<string, RuleLevel> {
  const setting = parseRuleSetting(value);
  if ('error' in setting) throw new InvalidArgumentError(setting.error);
  return { ...previous, [setting.rule]: setting.level };
}

export function registerCheck(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('check')
    .description('check maps for mistakes and faults in their reasoning, each with its line, column and a hint')
    .argument('<file...>', 'map files; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['pretty', 'json', 'sarif']).default('pretty'))
    .addOption(new Option('--rule <id=level>', 'set a rule to off, info, warning (warn) or error; repeatable; overrides the map\'s "checks:"').argParser(collectRule).default({}, 'as the map says'))
    .option('--source <file>', 'check quotes against this text instead of the map\'s "source: file:"')
    .option('--questions', 'list the critical questions of each argument\'s scheme that nothing in the map takes up')
    .addOption(new Option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings').argParser(parseCount('--max-warnings')))
    .option('-q, --quiet', 'report errors only; warnings and infos are still counted (--max-warnings, the summary)')
    .addHelpText(
      'after',
      `
Examples:
  $ argmap check maps/unilateral-concessions.yaml
  $ argmap check --rule single-premise=off --rule unanswered-attack=warn maps/*.yaml
  $ argmap check --questions maps/example.yaml
  $ argmap check --source article.txt draft.yaml
  $ argmap check --format sarif maps/*.yaml > argmap.sarif
  $ cat map.yaml | argmap check -

The rules and their levels: argmap rules (docs/rules.md).
Exits 0 when no map has errors, 1 when one does or there are more warnings than
--max-warnings allows (hidden by --quiet or not), 2 when a file cannot be read.`,
    )
    .action(async (files: string[], options: CheckOptions) => {
      const context = runContext(io, globals());
      const rules = { ...options.rule };
      if (options.questions && !('critical-question' in rules)) rules['critical-question'] = 'info';
      const readSource = sourceReader(context);
      let forcedSource: SourceText | undefined;
      if (options.source !== undefined) {
        forcedSource = await readSource(options.source);
        if ('error' in forcedSource) throw new CliError(forcedSource.error);
      }

      const loaded: LoadedMap[] = [];
      let unreadable = false;
      let diagnostics: Diagnostic[] = [];
      for (const file of files) {
        let map: LoadedMap;
        try {
          map = await loadMap(file, context);
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          context.err(`argmap: ${escapeTerminal(error.message)}\n`);
          unreadable = true;
          continue;
        }
        loaded.push(map);
        // Not push(...list): spreading more than ~120,000 items overflows the call stack.
        for (const diagnostic of map.result.diagnostics) diagnostics.push(diagnostic);
        // Like a compiler after a syntax error: the reasoning is checked only once the map reads cleanly.
        if (map.result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) continue;
        const sourcePath = sourcePathOf(map);
        const source = forcedSource ?? (sourcePath === undefined ? undefined : await readSource(sourcePath));
        for (const diagnostic of checkMap(map.result.map, map.text, { rules, ...(source ? { source } : {}) })) diagnostics.push(diagnostic);
      }
      // Counted before --quiet hides anything: --max-warnings and the summary count every finding.
      const counts = countDiagnostics(diagnostics);
      const hidden = options.quiet ? hiddenByQuiet(counts) : undefined;
      if (options.quiet) diagnostics = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');

      if (options.format === 'json') {
        context.out(formatDiagnosticsJson(diagnostics));
      } else if (options.format === 'sarif') {
        context.out(formatSarif(diagnostics, { version: VERSION, rules: RULE_METADATA }));
      } else if (diagnostics.length > 0) {
        const sources = new Map(loaded.map((map) => [map.file, map.text]));
        // Code frames show lines of the maps only.
        const displayWidth = await displayWidthFor(sources.values());
        writeEach(context.out, diagnosticBlocks(diagnostics, { sources, palette: context.stdoutPalette, displayWidth }), '\n\n');
        context.out(`${formatSummary(counts, context.stdoutPalette)}${hidden === undefined ? '' : ` (${hidden})`}\n`);
      } else if (loaded.length > 0) {
        const what = loaded.length === 1 ? escapeTerminal(loaded[0]!.file) : `${loaded.length} maps`;
        const found = hidden === undefined ? `No problems in ${what}.` : `No errors in ${what}; ${hidden}.`;
        context.out(`${context.stdoutPalette.green('✔')} ${found}\n`);
      }

      const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
      if (tooManyWarnings) {
        context.err(`argmap: ${plural(counts.warning, 'warning')}, more than --max-warnings ${options.maxWarnings} allows.\n`);
      }
      state.exitCode = unreadable ? EXIT.usage : counts.error > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
    });
}

/** What --quiet left out, e.g. "2 warnings and 1 info hidden by --quiet"; undefined when nothing was. */
function hiddenByQuiet(counts: DiagnosticCounts): string | undefined {
  const parts = [];
  if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
  if (counts.info > 0) parts.push(plural(counts.info, 'info'));
  return parts.length === 0 ? undefined : `${parts.join(' and ')} hidden by --quiet`;
}
