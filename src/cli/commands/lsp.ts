import type { Command } from 'commander';
import type { CliIo } from '../context.js';
import { EXIT } from '../exit-codes.js';
import type { RunState } from '../options.js';

export function registerLsp(program: Command, io: CliIo, state: RunState): void {
  program
    .command('lsp')
    .description('run the argmap language server for your editor: diagnostics, completion, go to definition, rename, formatting')
    .option('--stdio', 'talk over standard input and output (the only way it talks; accepted for editors that pass it)')
    .addHelpText(
      'after',
      `
Editors start it themselves: docs/editors.md shows the settings for VS Code,
Neovim, Helix and Emacs. It reads JSON-RPC on standard input and writes it on
standard output, and ends when the editor sends "exit".`,
    )
    .action(async () => {
      // vscode-languageserver and the yaml package are loaded only for this command.
      const { startServer } = await import('../../lsp/server.js');
      startServer(io.stdin, io.stdout);
      state.exitCode = EXIT.ok;
    });
}
