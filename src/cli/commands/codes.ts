import { Option, type Command } from 'commander';
import { FORMAT_PROBLEMS } from '../../pipeline.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';

export function registerCodes(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('codes')
    .description('list the problems `check` reports that are not rules: format errors, with their severity')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .addHelpText(
      'after',
      `
Each code is explained in docs/format.md (the "Problems" table); the rules'
codes are listed by "argmap rules". Format errors cannot be turned off.`,
    )
    .action((options: { format: 'pretty' | 'json' }) => {
      const context = runContext(io, globals());
      if (options.format === 'json') {
        context.out(`${JSON.stringify(FORMAT_PROBLEMS, null, 2)}\n`);
        return;
      }
      const codeWidth = Math.max(...FORMAT_PROBLEMS.map((problem) => problem.code.length));
      const severityWidth = Math.max(...FORMAT_PROBLEMS.map((problem) => problem.severity.length));
      for (const problem of FORMAT_PROBLEMS) {
        context.out(`${problem.code.padEnd(codeWidth)}  ${problem.severity.padEnd(severityWidth)}  ${problem.description}\n`);
      }
    });
}
