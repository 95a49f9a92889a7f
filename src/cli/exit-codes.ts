/** Exit codes, shared by every command. */
export const EXIT = {
  ok: 0,
  /** The map has errors (or more warnings than allowed). */
  problems: 1,
  /** Bad usage, or a file that cannot be read or written. */
  usage: 2,
  /** A bug in argmap (EX_SOFTWARE from sysexits.h). */
  internal: 70,
} as const;

/** A usage or I/O problem: reported as one line on stderr, exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
