import type { Diagnostic } from '../diagnostics/types.js';

/**
 * A map as the plain data a valid argmap YAML file loads to
 * (`{ argmap: 1, title, statements: {...}, arguments: {...}, ... }`, as
 * docs/format.md describes), ready to be written as YAML.
 */
export type MapDocument = { argmap: 1 } & Record<string, unknown>;

/**
 * What an importer makes of a file in another format: the map, and what it
 * could not carry over (warnings, codes `import-…`) or could not read at all
 * (errors; then there may be no map).
 */
export interface ImportOutcome {
  document: MapDocument | undefined;
  diagnostics: Diagnostic[];
}
