// Inlined by the bundler, so the CLI reads no file to know its version.
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
