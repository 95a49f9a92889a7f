import type { Command } from 'commander';
import { renameId } from '../../authoring/rename.js';
import { formatDiagnostics } from '../../diagnostics/format-pretty.js';
import { escapeTerminal } from '../../text/escape.js';
import { plural } from '../../text/plural.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { readInput, writeFileAtomic } from '../io.js';
import type { RunState } from '../options.js';

export function registerRename(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('rename')
    .description('rename a statement, argument or speaker id everywhere the map uses it, changing nothing else in the file')
    .argument('<file>', 'the map file, rewritten in place (whole or not at all)')
    .argument('<old>', 'the id to rename')
    .argument('<new>', 'its new name')
    .addHelpText(
      'after',
      `
Example:
  $ argmap rename maps/example.yaml crash-record crash-count-2025

Comments, order and layout stay byte for byte; only the id changes, where it
is defined and wherever it is used (premises, targets, theses, contradictions,
speakers, expect:). Exits 0 when renamed; 1 when the map has errors (reported;
nothing is written); 2 when the old id is not there, the new one is taken or
is not an id, or the file cannot be read or written.`,
    )
    .action(async (file: string, oldId: string, newId: string) => {
      const context = runContext(io, globals());
      if (file === '-') throw new CliError('rename rewrites a file in place: give its path, not "-".');
      const text = new TextDecoder('utf-8').decode(await readInput(file, context.maxBytes, () => io.stdin));
      const result = renameId(text, oldId, newId, file);
      if (!result.ok && 'message' in result) throw new CliError(escapeTerminal(result.message));
      if (!result.ok) {
        context.err(formatDiagnostics(result.diagnostics, { sources: new Map([[file, text]]), palette: context.stderrPalette }));
        context.err(`argmap: ${escapeTerminal(file)} has errors, so nothing was renamed: a reference could be missed. Fix them first (argmap check).\n`);
        state.exitCode = EXIT.problems;
        return;
      }
      await writeFileAtomic(file, result.text);
      context.err(`argmap: renamed ${result.kind} ${escapeTerminal(oldId)} to ${escapeTerminal(newId)} in ${escapeTerminal(file)} (${plural(result.count, 'place')}).\n`);
      state.exitCode = EXIT.ok;
    });
}
