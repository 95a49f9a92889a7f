import { Option, type Command } from 'commander';
import { formatDiagnosticsJson } from '../../diagnostics/format-json.js';
import { formatDiagnostics, summaryOf } from '../../diagnostics/format-pretty.js';
import { countDiagnostics, type Diagnostic } from '../../diagnostics/types.js';
import { loadDisplayWidth } from '../../text/width.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { loadMap, type LoadedMap } from '../load.js';
import { parseCount, type RunState } from '../main.js';

interface CheckOptions {
  format: 'pretty' | 'json';
  maxWarnings?: number;
  quiet?: boolean;
}

export function registerCheck(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('check')
    .description('check maps for mistakes and report each one with its line, column and a hint')
    .argument('<file...>', 'map files; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['pretty', 'json']).default('pretty'))
    .addOption(new Option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings').argParser(parseCount('--max-warnings')))
    .option('-q, --quiet', 'report errors only')
    .addHelpText(
      'after',
      `
Examples:
  $ argmap check maps/unilateral-concessions.yaml
  $ argmap check --format json maps/*.yaml > report.json
  $ cat map.yaml | argmap check -

Exits 0 when no map has errors, 1 when one does, 2 when a file cannot be read.`,
    )
    .action(async (files: string[], options: CheckOptions) => {
      const context = runContext(io, globals());
      const loaded: LoadedMap[] = [];
      let unreadable = false;
      for (const file of files) {
        try {
          loaded.push(await loadMap(file, context));
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          context.err(`argmap: ${error.message}\n`);
          unreadable = true;
        }
      }

      let diagnostics: Diagnostic[] = loaded.flatMap((map) => map.result.diagnostics);
      if (options.quiet) diagnostics = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');

      if (options.format === 'json') {
        context.out(formatDiagnosticsJson(diagnostics));
      } else if (diagnostics.length > 0) {
        const sources = new Map(loaded.map((map) => [map.file, map.text]));
        const displayWidth = await loadDisplayWidth();
        context.out(formatDiagnostics(diagnostics, { sources, palette: context.stdoutPalette, displayWidth }));
        context.out(`\n${summaryOf(diagnostics, context.stdoutPalette)}\n`);
      } else if (loaded.length > 0) {
        const what = loaded.length === 1 ? loaded[0]!.file : `${loaded.length} maps`;
        context.out(`${context.stdoutPalette.green('✔')} No problems in ${what}.\n`);
      }

      const counts = countDiagnostics(diagnostics);
      const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
      if (tooManyWarnings) {
        context.err(`argmap: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings} allows.\n`);
      }
      state.exitCode = unreadable ? EXIT.usage : counts.error > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
    });
}
