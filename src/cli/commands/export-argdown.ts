import { extname } from 'node:path';
import type { ArgMap } from '../../model/types.js';
import type { CliIo } from '../context.js';
import { writeFileAtomic } from '../io.js';

/** `export --format argdown`, also chosen by an `-o` name ending in .argdown or .ad. */
export const ARGDOWN = 'argdown';

export function wantsArgdown(options: { format?: string; output?: string }): boolean {
  if (options.format !== undefined) return options.format === ARGDOWN;
  const output = options.output === '-' ? undefined : options.output;
  return output !== undefined && ['.argdown', '.ad'].includes(extname(output).toLowerCase());
}

/** Writes the map as Argdown to the file (atomically) or to standard output. */
export async function writeArgdown(map: ArgMap, output: string | undefined, io: CliIo): Promise<void> {
  const { mapToArgdown } = await import('../../interchange/argdown/index.js');
  const text = mapToArgdown(map);
  if (output !== undefined && output !== '-') await writeFileAtomic(output, text);
  else io.stdout.write(text);
}
