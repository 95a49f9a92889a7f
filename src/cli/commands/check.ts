import { Option, type Command } from 'commander';
import { RULE_METADATA } from '../../check/run.js';
import { FORMAT_PROBLEMS } from '../../pipeline.js';
import { formatDiagnosticsJson } from '../../diagnostics/format-json.js';
import { formatSummary } from '../../diagnostics/format-pretty.js';
import { formatSarif } from '../../diagnostics/format-sarif.js';
import { countDiagnostics, type DiagnosticCounts } from '../../diagnostics/types.js';
import type { RuleLevel } from '../../model/types.js';
import { escapeTerminal } from '../../text/escape.js';
import { plural } from '../../text/plural.js';
import { checkFiles } from '../check-files.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { collectRule, parseWhole, type RunState } from '../options.js';
import { writePrettyReport } from '../report.js';
import { VERSION } from '../version.js';

interface CheckOptions {
  format: 'pretty' | 'json' | 'sarif';
  maxWarnings?: number;
  quiet?: boolean;
  rule: Record<string, RuleLevel>;
  source?: string;
  questions?: boolean;
}

export function registerCheck(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('check')
    .description('check maps for mistakes and faults in their reasoning, each with its line, column and a hint')
    .argument('<file...>', 'map files; "-" (once) reads standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['pretty', 'json', 'sarif']).default('pretty'))
    .addOption(new Option('--rule <id=level>', 'set a rule to off, info, warning (warn) or error; repeatable; overrides the map\'s "checks:"').argParser(collectRule).default({}, 'as the map says'))
    .option('--source <file>', 'check quotes against this text instead of the map\'s "source: file:"')
    .option('--questions', 'list the critical questions of each argument\'s scheme that nothing in the map takes up')
    .addOption(new Option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings').argParser(parseWhole('--max-warnings', 0)))
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
      const { loaded, diagnostics: found, unreadable } = await checkFiles(files, context, {
        rules,
        ...(options.source === undefined ? {} : { source: options.source }),
      });

      // Counted before --quiet hides anything: --max-warnings and the summary count every finding.
      const counts = countDiagnostics(found);
      const hidden = options.quiet ? hiddenByQuiet(counts) : undefined;
      const diagnostics = options.quiet ? found.filter((diagnostic) => diagnostic.severity === 'error') : found;
      const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;

      if (options.format === 'json') {
        await context.outChunks([formatDiagnosticsJson(diagnostics)]);
      } else if (options.format === 'sarif') {
        await context.outChunks([formatSarif(diagnostics, { version: VERSION, rules: RULE_METADATA, problems: FORMAT_PROBLEMS })]);
      } else if (diagnostics.length > 0) {
        const summary = `${formatSummary(counts, context.stdoutPalette)}${hidden === undefined ? '' : ` (${hidden})`}`;
        await writePrettyReport(context.outChunks, context.stdoutPalette, diagnostics, loaded, summary);
      } else if (loaded.length > 0) {
        const what = loaded.length === 1 ? escapeTerminal(loaded[0]!.file) : `${loaded.length} maps`;
        const palette = context.stdoutPalette;
        // Warnings hidden by --quiet can still fail the run: then the line must not look like a pass.
        if (tooManyWarnings) context.out(`${palette.red(palette.bold('✖'))} Too many warnings in ${what}; ${hidden}.\n`);
        else context.out(`${palette.green('✔')} ${hidden === undefined ? `No problems in ${what}.` : `No errors in ${what}; ${hidden}.`}\n`);
      }

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
