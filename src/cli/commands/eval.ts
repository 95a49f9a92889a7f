import { Option, type Command } from 'commander';
import { evaluate, explain, SEMANTICS, type Evaluation, type Semantics } from '../../evaluate/index.js';
import { didYouMean } from '../../text/suggest.js';
import { evaluationJson, evaluationLines, explanationLines, paintLabel } from '../../render/evaluation/index.js';
import { escapeTerminal } from '../../text/escape.js';
import { plural } from '../../text/plural.js';
import { chunked, runContext, type CliIo, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { loadMap, type LoadedMap } from '../load.js';
import type { RunState } from '../options.js';
import { startProgress } from '../progress.js';
import { reportProblems } from '../report.js';

interface EvalOptions {
  semantics: Semantics;
  why?: string;
  format: 'pretty' | 'json';
  quiet?: boolean;
}

export function registerEval(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('eval')
    .description('say what follows from a map: which statements stand (in), fall (out) or stay open (undecided), and why')
    .argument('<file>', 'a map file; "-" reads standard input')
    .addOption(new Option('--semantics <name>', 'grounded: labels; dfquad: labels and DF-QuAD strengths from 0 to 1').choices(SEMANTICS).default('grounded'))
    .option('--why <id>', 'explain the label of this statement or argument')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .option('-q, --quiet', 'no progress on stderr while a big map is read (it shows only on a terminal anyway)')
    .addHelpText(
      'after',
      `
Examples:
  $ argmap eval maps/unilateral-concessions.yaml
  $ argmap eval maps/example.yaml --why build-lane
  $ argmap eval maps/example.yaml --semantics dfquad --format json

A statement is in when every attack on it fails and, if anything argues for
it, one argument for it holds; out when an attack holds or every argument for
it fails; undecided when a cycle or a contradiction leaves it open. An
argument holds when its premises are in and no undercut holds. docs/evaluation.md
has the rules, the strengths, and worked examples.

Exits 0; 1 when the map has errors (reported instead) or a label under
"expect:" differs; 2 for a file that cannot be read or an unknown --why id.`,
    )
    .action(async (file: string, options: EvalOptions) => {
      const context = runContext(io, globals());
      const progress = startProgress(io, options.quiet === true);
      let loaded: LoadedMap;
      let evaluation: Evaluation | undefined;
      try {
        loaded = await loadMap(file, context, progress);
        if (!loaded.failed) {
          const count = loaded.map.statements.length;
          await progress.stage(`evaluating ${count.toLocaleString('en-US')} statement${count === 1 ? '' : 's'}`);
          evaluation = evaluate(loaded.map, { semantics: options.semantics });
        }
      } finally {
        progress.done();
      }
      const { map } = loaded;
      if (evaluation === undefined) {
        await reportProblems(loaded, context);
        state.exitCode = EXIT.problems;
        return;
      }
      const palette = context.stdoutPalette;

      if (options.why !== undefined) {
        const lines = explain(map, evaluation, options.why);
        if (lines === undefined) {
          const hint = didYouMean(options.why, evaluation.labels.keys());
          throw new CliError(`no statement or argument "${options.why}" in ${loaded.file}.${hint === undefined ? '' : ` ${hint}`}`);
        }
        await context.outChunks(chunked(explanationLines(lines, palette), '\n'));
      } else if (options.format === 'json') {
        await context.outChunks([evaluationJson(map, evaluation)]);
      } else {
        await context.outChunks(chunked(evaluationLines(map, evaluation, palette), '\n'));
      }

      if (evaluation.converged === false) {
        context.err(`argmap: warning: the DF-QuAD strengths did not settle (a cycle keeps them moving); the values shown are the last round's.\n`);
      }
      const failed = (map.expect ?? []).filter(({ ref, label }) => evaluation.labels.get(ref.id) !== label);
      for (const { ref, label } of failed) {
        context.err(`argmap: ${escapeTerminal(ref.id)} is expected to be ${paintLabel(label, context.stderrPalette)} but is ${paintLabel(evaluation.labels.get(ref.id)!, context.stderrPalette)} (argmap eval --why ${escapeTerminal(ref.id)}).\n`);
      }
      if (failed.length > 0) context.err(`argmap: ${plural(failed.length, 'expected label')} of ${map.expect!.length} not met.\n`);
      state.exitCode = failed.length > 0 ? EXIT.problems : EXIT.ok;
    });
}
