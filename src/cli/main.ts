import { Command, CommanderError, Option } from 'commander';
import { registerCheck } from './commands/check.js';
import { registerTree } from './commands/tree.js';
import { registerRules } from './commands/rules.js';
import { registerCodes } from './commands/codes.js';
import { registerExport } from './commands/export.js';
import { registerEval } from './commands/eval.js';
import { registerImport } from './commands/import.js';
import { registerRename } from './commands/rename.js';
import { registerFmt } from './commands/fmt.js';
import { registerLsp } from './commands/lsp.js';
import { registerServe } from './commands/serve.js';
import type { CliIo, GlobalOptions } from './context.js';
import { escapeLines, escapeTerminal } from '../text/escape.js';
import { CliError, EXIT } from './exit-codes.js';
import { DEFAULT_MAX_SIZE_MB, ioError } from './io.js';
import { parsePositive, type RunState } from './options.js';
import { VERSION } from './version.js';

/** Runs the CLI and returns its exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo(argv.includes('--debug'))): Promise<number> {
  const state: RunState = { exitCode: EXIT.ok };
  const program = buildProgram(io, state, argv.slice(2));
  try {
    await program.parseAsync([...argv]);
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end here with code 0; commander already printed its message.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportFailure(error, (text) => void io.stderr.write(text), argv.includes('--debug'));
  }
}

/**
 * Says why argmap stops and returns the exit code: one line for a usage or
 * I/O problem (a CliError), else an internal error, one line asking for a
 * report, or the stack trace with --debug.
 */
function reportFailure(error: unknown, write: (text: string) => void, debug: boolean): number {
  if (error instanceof CliError) {
    // Messages quote paths and ids as typed; a file name can hold escape sequences too.
    write(`argmap: ${escapeTerminal(error.message)}\n`);
    return error.exitCode;
  }
  // The message and the stack can quote the map (a bug's message may hold an id).
  const detail = escapeTerminal(error instanceof Error ? error.message : String(error));
  write(
    debug && error instanceof Error && error.stack
      ? `${escapeLines(error.stack)}\n`
      : `argmap: internal error: ${detail}\nThis is a bug in argmap. Please report it with the map that caused it; run with --debug to see the stack trace.\n`,
  );
  return EXIT.internal;
}

type Register = (program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState) => void;

/** Each command, in the order `argmap --help` lists them. */
const COMMANDS: Record<string, Register> = {
  check: registerCheck,
  tree: registerTree,
  rules: (program, io, globals) => registerRules(program, io, globals),
  codes: (program, io, globals) => registerCodes(program, io, globals),
  export: registerExport,
  eval: registerEval,
  import: registerImport,
  rename: registerRename,
  fmt: registerFmt,
  lsp: (program, io, _globals, state) => registerLsp(program, io, state),
  serve: registerServe,
};

/**
 * The command the arguments name (the first word that is not an option or
 * the value of --max-size), if argmap has it. Only that command is built:
 * building all of them is a few milliseconds of every start.
 */
export function commandIn(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // Help asked for before the command is the program's help, which lists every command.
    if (arg === '-h' || arg === '--help') return undefined;
    if (arg === '--max-size') i++;
    else if (!arg.startsWith('-')) return Object.hasOwn(COMMANDS, arg) ? arg : undefined;
  }
  return undefined;
}

/**
 * The CLI for these arguments (without node and the script): only the
 * command they name, or every command when they name none that argmap has
 * (help lists them all, and a mistyped name gets a suggestion).
 */
export function buildProgram(io: CliIo, state: RunState, args: readonly string[] = []): Command {
  const program = new Command('argmap')
    .description('Map the reasoning of real writing: check an argument map written in YAML, and draw it.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'never colour the output (NO_COLOR and FORCE_COLOR work too)')
    .addOption(
      new Option('--max-size <MB>', 'refuse input files larger than this')
        .default(DEFAULT_MAX_SIZE_MB)
        .argParser(parsePositive('--max-size')),
    )
    .option('--debug', 'show stack traces for internal errors')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      // Usage errors echo what was typed: an unknown option, a value not among the choices.
      outputError: (text, write) => write(escapeLines(text)),
    })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  $ argmap tree maps/unilateral-concessions.yaml
  $ argmap check maps/unilateral-concessions.yaml
  $ argmap export maps/unilateral-concessions.yaml -o map.svg
  $ argmap rules

Each command has its own help: argmap help tree.
Exit codes: 0 ok, 1 problems found, 2 usage or I/O error, 70 internal error.
Format: docs/format.md (its problems: argmap codes) · rules: docs/rules.md · limits: docs/limits.md`,
  );

  const globals = () => program.opts<GlobalOptions>();
  const named = commandIn(args);
  for (const [name, register] of Object.entries(COMMANDS)) if (named === undefined || name === named) register(program, io, globals, state);
  return program;
}

function processIo(debug: boolean): CliIo {
  // Node makes each standard stream when it is first used (a pipe's loads node:net, a terminal's node:tty): only what a run uses is made.
  let stdoutWatched = false;
  return {
    get stdout() {
      if (!stdoutWatched) {
        stdoutWatched = true;
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
          // `argmap tree | head` closes the pipe early: that is not an error.
          if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
          // `argmap check map.yaml > report.txt` on a full disk: one line, not a stack trace.
          process.exit(reportFailure(ioError(error, 'write', 'to standard output'), (text) => void process.stderr.write(text), debug));
        });
      }
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}
