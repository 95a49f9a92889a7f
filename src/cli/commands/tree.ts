import { Option, type Command } from 'commander';
import { countDiagnostics } from '../../diagnostics/types.js';
import { evaluate } from '../../evaluate/index.js';
import { indexMap } from '../../model/graph.js';
import { MIN_WIDTH, treeLines, type TreeOptions } from '../../render/tree/index.js';
import { escapeTerminal } from '../../text/escape.js';
import { plural } from '../../text/plural.js';
import { stringsIn } from '../../text/strings.js';
import { displayWidthFor } from '../../text/width.js';
import { chunked, runContext, type CliIo, type GlobalOptions, type RunContext } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { loadMap, type LoadedMap } from '../load.js';
import { parseWhole, type RunState } from '../options.js';
import { reportProblems } from '../report.js';
import { readSourceText, sourcePathOf } from '../source.js';

interface TreeCommandOptions {
  focus?: string;
  depth?: number;
  width?: number;
  ascii?: boolean;
  ids: boolean;
  quotes?: boolean;
  notes?: boolean;
  speaker?: string;
  tag?: string;
  eval?: boolean;
  outline: boolean;
  order: 'map' | 'source';
  source?: string;
}

const NOT_A_TERMINAL_WIDTH = 80;

export function registerTree(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('tree')
    .description('print the map as a tree: each thesis, the arguments for (+) and against (−) it, and their premises')
    .argument('<file>', 'a map file; "-" reads standard input')
    .option('--focus <id>', 'start from this statement (or argument) instead of the theses')
    .addOption(new Option('--depth <n>', 'levels of reasons to show below each root (0: the roots only)').argParser(parseWhole('--depth', 0)))
    .addOption(new Option('--width <n>', 'wrap lines at n columns (default: the terminal width, or 80)').argParser(parseWhole('--width', MIN_WIDTH, 'columns')))
    .option('--ascii', 'draw with ASCII characters only')
    .option('--ids', 'show the id of each statement and argument (the default)')
    .option('--no-ids', 'hide ids; references show the start of the text instead')
    .option('--quotes', "show each statement's quotes from the source under it")
    .option('--notes', 'show the notes of statements and arguments under them')
    .option('--no-outline', 'start with the tree itself, without the outline of its roots')
    .addOption(
      new Option('--order <order>', 'map: the theses first, reasons for before reasons against; source: the order of the text').choices(['map', 'source']).default('map'),
    )
    .option('--source <file>', 'place statements where their quotes are in this text; implies --order source (default: the map\'s "source: file:")')
    .option('--speaker <name>', "keep only the branches that lead to this speaker's claims and arguments, or to what the text reports them saying (id or name)")
    .option('--tag <tag>', 'keep only the branches that lead to statements with this tag')
    .option('--eval', 'mark each statement and argument with its label from argmap eval: ✔ in, ✘ out, ? undecided')
    .addHelpText(
      'after',
      `
Reading the tree:
  +               an argument for the statement above it (under an argument: one
                  that backs it), with its premises below
  − rebut         an argument against a conclusion
  − undermine     an argument against a premise
  − undercut      an argument that the premises do not lead to the conclusion
  (implicit)      a premise the text needs but does not state
  (ironic)        said as irony; also (rhetorical question), (hypothetical)
  (said by X)     the text reports X saying it; (endorsed by X): X agrees
  ↑ ID, above     shown in full higher up (a shared premise)
  ↓ ID, below     with --depth: shown in full further down, nearer a root
  ↺ ID, cycle     the statement or argument leads back to itself; not followed again
  ⊥ contradicts   the two statements cannot both be true
  ✔ ✘ ?           with --eval: in, out, undecided (argmap eval --why ID says why)
  «n»             n levels of guides folded away on very deep lines
A speaker's name shows where the speaker changes. Under a statement, the
arguments for it come first, then those against it, each in the map's order;
with --order source, everything comes in the order of the text instead: where
each statement's first quote is in the source (the map's "source: file:", or
--source), else where it is in the map; a root without a quote comes where the
earliest statement of its tree is.

With two roots or more, the tree opens with an outline: the theses, then the
other roots, one line each, with how many statements each tree shows
(--no-outline leaves it out; --focus, --speaker, --tag and --depth 0 do too).
A root that no thesis leads to (a claim the author rebuts, a conclusion drawn
from a thesis) comes right after the first thesis whose tree it shares a
statement with, under "Not under any thesis:"; one that shares none, at the end.

With --speaker or --tag, lines that match are marked ● and the lines on the
way to them are kept, dimmed; branches without a match are left out. An
argument that is kept keeps all its premises.

Examples:
  $ argmap tree maps/example.yaml
  $ argmap tree --focus lane-cuts-crashes --quotes --notes maps/example.yaml
  $ argmap tree --order source maps/unilateral-concessions.yaml
  $ argmap tree --speaker shopkeepers --depth 3 maps/example.yaml
  $ argmap tree --ascii --no-ids --width 60 maps/example.yaml > tree.txt

Exits 0 when the tree is printed; 1 when the map does not follow the format
(a YAML error, a reference to a statement that does not exist…), reported
instead of the tree: the consistency rules of argmap check do not run here;
2 for a file that cannot be read (a --source among them), or a --focus,
--speaker or --tag the map does not have.`,
    )
    .action(async (file: string, options: TreeCommandOptions) => {
      const context = runContext(io, globals());
      const loaded = await loadMap(file, context);
      const { map, diagnostics } = loaded;
      const counts = countDiagnostics(diagnostics);
      if (counts.error > 0) {
        await reportProblems(loaded, context);
        state.exitCode = EXIT.problems;
        return;
      }

      const index = indexMap(map);
      const { eval: withLabels, source, ...drawing } = options;
      const order = source === undefined ? options.order : 'source';
      const sourceText = order === 'source' ? await sourceTextFor(loaded, source, context) : undefined;
      const treeOptions: TreeOptions = {
        ...drawing,
        order,
        ...(withLabels ? { labels: evaluate(map).labels } : {}),
        ...(sourceText === undefined ? {} : { sourceText }),
        width: options.width ?? terminalWidth(io),
        palette: context.stdoutPalette,
        // string-width costs as much to load as the rest of the CLI; ASCII text does not need it.
        // A backslash may be a YAML escape ("\u6f22") that is ASCII in the file but wide on screen,
        // so then the decoded texts decide.
        displayWidth: await displayWidthFor(loaded.text.includes('\\') ? stringsIn(map) : [loaded.text]),
      };
      const tree = treeLines(map, treeOptions, index);
      if ('problem' in tree) throw new CliError(tree.problem);
      await context.outChunks(chunked(tree.lines, '\n'));

      const name = escapeTerminal(loaded.file);
      if (counts.warning > 0) {
        context.err(`argmap: ${name} has ${plural(counts.warning, 'warning')}; argmap check shows ${counts.warning === 1 ? 'it' : 'them'}.\n`);
      }
      if (map.statements.length === 0) {
        context.err(`argmap: ${name} has no statements, so there is no tree to draw.\n`);
      } else if (tree.rootsFrom === 'inferred') {
        context.err(`argmap: ${name} declares no theses; showing every statement, starting from the conclusions no argument uses as a premise.\n`);
      }
      if (tree.matches === 0) context.err('argmap: nothing in the tree matches --speaker or --tag.\n');
      state.exitCode = EXIT.ok;
    });
}

/**
 * The text whose order --order source follows: --source (a problem reading it is a usage error), else
 * the map's "source: file:" (a problem there only means file order, said on standard error).
 */
async function sourceTextFor(loaded: LoadedMap, option: string | undefined, context: RunContext): Promise<string | undefined> {
  const path = option ?? sourcePathOf(loaded);
  if (path === undefined) return undefined;
  const read = await readSourceText(path, context);
  if ('text' in read) return read.text;
  const reason = read.error.replace(/\.$/, '');
  if (option !== undefined) throw new CliError(`cannot read the source text: ${reason}.`);
  context.err(`argmap: --order source follows the map's order: ${reason}.\n`);
  return undefined;
}

function terminalWidth(io: CliIo): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
  return columns !== undefined && columns > 0 ? Math.max(MIN_WIDTH, columns) : NOT_A_TERMINAL_WIDTH;
}
