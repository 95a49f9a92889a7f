import type { Command } from 'commander';
import { formatDiagnostics } from '../../diagnostics/format-pretty.js';
import { escapeTerminal } from '../../text/escape.js';
import { plural } from '../../text/plural.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { readInput, STDIN_NAME, writeFileAtomic } from '../io.js';
import type { RunState } from '../options.js';

interface FmtOptions {
  check?: boolean;
  sort?: boolean;
}

export function registerFmt(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('fmt')
    .description('lay maps out the same way for everyone, keeping every comment; never changes what a map says')
    .argument('<file...>', 'map files, rewritten in place; "-" formats standard input to standard output')
    .option('--check', 'write nothing; list the files that are not formatted and exit 1 if there are any (for CI)')
    .option('--sort', 'also sort statements, arguments and speakers by id (otherwise their order is yours)')
    .addHelpText(
      'after',
      `
Examples:
  $ argmap fmt maps/*.yaml
  $ argmap fmt --check maps/*.yaml          # in CI or a pre-commit hook
  $ cat draft.yaml | argmap fmt - > tidy.yaml

The layout: top-level keys in the order of docs/format.md, a blank line
between sections, each entry's keys in the format's order, block mappings,
short lists of ids as [a, b], long text folded at 100 columns. Comments stay
with the entry they were written above or beside. A map with errors is not
rewritten. Exits 0 when done (or, with --check, when all are formatted); 1 when
a map has errors or --check finds one to format; 2 when a file cannot be read.`,
    )
    .action(async (files: string[], options: FmtOptions) => {
      const context = runContext(io, globals());
      if (files.filter((file) => file === '-').length > 0 && files.length > 1) throw new CliError('"-" formats standard input to standard output: give it alone.');
      // The yaml package is loaded only here, so that check and tree start as fast as before.
      const { formatMapText } = await import('../../authoring/format.js');
      let problems = 0;
      const unformatted: string[] = [];
      for (const file of files) {
        const name = file === '-' ? STDIN_NAME : file;
        const text = new TextDecoder('utf-8').decode(await readInput(file, context.maxBytes, () => io.stdin));
        const result = formatMapText(text, { sort: options.sort ?? false }, name);
        if ('diagnostics' in result) {
          context.err(formatDiagnostics(result.diagnostics, { sources: new Map([[name, text]]), palette: context.stderrPalette }));
          context.err(`argmap: ${escapeTerminal(name)} has errors, so it was not formatted.\n`);
          problems++;
          continue;
        }
        if (file === '-') await context.outChunks([result.text]);
        else if (result.text !== text) {
          unformatted.push(file);
          if (!options.check) await writeFileAtomic(file, result.text);
        }
      }
      if (options.check) {
        for (const file of unformatted) context.out(`${escapeTerminal(file)}\n`);
        if (unformatted.length > 0) context.err(`argmap: ${plural(unformatted.length, 'file')} not formatted; argmap fmt ${unformatted.length === 1 ? 'FILE' : 'FILES'} formats ${unformatted.length === 1 ? 'it' : 'them'}.\n`);
      } else if (unformatted.length > 0) {
        context.err(`argmap: formatted ${plural(unformatted.length, 'file')}.\n`);
      }
      state.exitCode = problems > 0 || (options.check && unformatted.length > 0) ? EXIT.problems : EXIT.ok;
    });
}

