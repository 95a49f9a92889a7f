import { Option, type Command } from 'commander';
import { RULE_METADATA } from '../../check/run.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';

export function registerRules(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('rules')
    .description('list the consistency rules `check` runs, with their default levels')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .addHelpText(
      'after',
      `
Set a level per map under "checks:" (e.g. "single-premise: off"), or per run
with "argmap check --rule ID=LEVEL". Each rule, with an example: docs/rules.md.`,
    )
    .action((options: { format: 'pretty' | 'json' }) => {
      const context = runContext(io, globals());
      if (options.format === 'json') {
        const list = RULE_METADATA.map(({ id, level, description }) => ({ id, level, description }));
        context.out(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      const idWidth = Math.max(...RULE_METADATA.map((rule) => rule.id.length));
      const levelWidth = Math.max(...RULE_METADATA.map((rule) => rule.level.length));
      for (const rule of RULE_METADATA) {
        context.out(`${rule.id.padEnd(idWidth)}  ${rule.level.padEnd(levelWidth)}  ${rule.description}\n`);
      }
    });
}
