import { closeSync, fchmodSync, fsync, openSync, readFileSync, renameSync, rmSync, statSync, writeFile as writeToDescriptor, writeSync } from 'node:fs';
import { access, constants, lstat, readlink, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { escapeTerminal } from '../text/escape.js';
import { CliError } from './exit-codes.js';
import { removeStaleTemporaries, temporaryPath } from './temporary-files.js';

export const DEFAULT_MAX_SIZE_MB = 64;
export const STDIN_NAME = '<stdin>';

/**
 * A file's bytes, read whole; `-` is standard input. Refuses directories and
 * files over the limit. Standard input is asked for only when it is read:
 * Node makes its stream on first use, which for a terminal or a pipe loads
 * modules a run reading a file does not need.
 */
export async function readInput(path: string, maxBytes: number, stdin: () => NodeJS.ReadableStream = () => process.stdin): Promise<Uint8Array> {
  if (path === '-') {
    try {
      return await readStream(stdin(), maxBytes);
    } catch (error) {
      // A reset socket or a failing disk behind the pipe is an I/O error like a file's.
      throw ioError(error, 'read', STDIN_NAME);
    }
  }
  // Read synchronously: a run reads its one input before anything else can happen, and fs/promises (with readline) is a millisecond more of every start.
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new CliError(`cannot read ${path}: it is a directory. Give the path of a map file (.yaml).`);
    size = info.size;
  } catch (error) {
    throw ioError(error, 'read', path);
  }
  if (size > maxBytes) throw tooBig(path, maxBytes);
  try {
    return readFileSync(path);
  } catch (error) {
    throw ioError(error, 'read', path);
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) throw tooBig(STDIN_NAME, maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooBig(path: string, maxBytes: number): CliError {
  const megabytes = maxBytes / (1024 * 1024);
  // Below 0.01 MB, rounding to megabytes would say "the 0 MB limit".
  const limit = megabytes >= 0.01 ? `${Number(megabytes.toFixed(2))} MB` : `${maxBytes}-byte`;
  return new CliError(`${path} is larger than the ${limit} limit. Raise it with --max-size <MB> if the file is meant to be this big.`);
}

/** Whether the system refused something (ENOENT, EACCES, ENOSPC…), as opposed to a bug (Node's own codes start ERR_). */
export function isErrnoError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/**
 * Turns a Node I/O error into one line that says what happened to which file
 * (a CliError, exit 2). Anything else is a bug, and comes back as it was, to
 * be reported as an internal error (exit 70).
 */
export function ioError(error: unknown, action: 'read' | 'write', path: string): unknown {
  if (error instanceof CliError || !isErrnoError(error)) return error;
  const code = error.code;
  const reasons: Record<string, string> = {
    ENOENT: action === 'read' ? 'no such file' : 'the folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ELOOP: 'too many levels of symbolic links',
    EIO: 'an input/output error',
    ENOTDIR: 'a part of the path is not a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the file system is read-only',
    EDQUOT: 'the disk quota is exceeded',
    EFBIG: 'the file is larger than the system allows (see ulimit -f)',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
    ENXIO: 'no such device or address',
  };
  const reason = reasons[code] ?? error.message;
  return new CliError(`cannot ${action} ${path}: ${reason}`);
}

/** What an output file holds: all at once, or text in chunks as it is produced (a big DOT file). */
export type OutputData = string | Uint8Array | Iterable<string>;

function chunksOf(data: OutputData): Iterable<string | Uint8Array> {
  return typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
}

/**
 * Writes an output file whole or not at all. A file (new, or one to replace)
 * gets its data through a temporary file in the same folder, renamed over it
 * only once complete and flushed to disk; an existing file the user may not
 * write is refused, as `>` would refuse it. A device or a pipe (`-o /dev/null`,
 * `/dev/stdout`, a FIFO) cannot be replaced, so it is written to as it is.
 *
 * A temporary file that a killed argmap left (SIGKILL cannot be handled) is
 * removed by the next write to the same file (src/cli/temporary-files.ts).
 *
 * Ctrl-C (SIGINT), SIGTERM or SIGHUP while the temporary file exists removes
 * it, says so in one line, and ends argmap by the same signal, as if it had
 * no handler: a shell reports 130 for Ctrl-C, and a script running argmap in
 * a loop stops too.
 */
export async function writeFileAtomic(path: string, data: OutputData): Promise<void> {
  const replaceable = await replaceableTarget(path);
  if (replaceable === undefined) return writeInPlace(path, data);
  const { target, mode } = replaceable;
  await removeStaleTemporaries(target);
  const temporary = temporaryPath(target);
  let created = false;
  const removeTemporary = () => {
    if (created) rmSync(temporary, { force: true });
    created = false;
  };
  const stopWatching = onInterrupt((signal) => {
    removeTemporary();
    return `argmap: interrupted by ${signal}; ${escapeTerminal(path)} was not written.`;
  });
  try {
    // Created and renamed synchronously, so that a signal handler never runs
    // while the temporary file is half-created or half-renamed.
    const fd = openSync(temporary, 'wx', 0o666);
    created = true;
    try {
      // The file replaced keeps its permissions; a new one gets the umask's.
      if (mode !== undefined) fchmodSync(fd, mode);
      // Each write continues where the last one ended, so chunks append.
      const write = promisify(writeToDescriptor);
      for (const chunk of chunksOf(data)) await write(fd, chunk);
      await promisify(fsync)(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
    created = false;
  } catch (error) {
    removeTemporary();
    throw ioError(error, 'write', path);
  } finally {
    stopWatching();
  }
}

/**
 * The file to write, symbolic links followed (`-o link.svg` writes the file
 * the link points to), with the permissions of the file it replaces if there
 * is one; undefined for a device or a pipe.
 */
async function replaceableTarget(path: string): Promise<{ target: string; mode?: number } | undefined> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    // A new file, perhaps behind a link that points to nothing yet. Anything
    // else (a loop of links, a folder that cannot be searched) is refused here:
    // renaming over the link would replace it.
    if (isErrnoError(error) && error.code === 'ENOENT') {
      return { target: await newFileTarget(path).catch((linkError: unknown) => Promise.reject(ioError(linkError, 'write', path))) };
    }
    throw ioError(error, 'write', path);
  }
  if (info.isDirectory()) throw new CliError(`cannot write ${path}: it is a directory`);
  if (!info.isFile()) return undefined;
  const target = await realpath(path).catch(() => resolve(path));
  // Renaming over a file needs only the folder's permission: a read-only file,
  // or another user's, would lose its protection and owner. `>` would fail.
  await access(target, constants.W_OK).catch((error: unknown) => Promise.reject(ioError(error, 'write', path)));
  return { target, mode: info.mode & 0o7777 };
}

/** Links one path may go through, as Linux allows (SYMLOOP_MAX is 40). */
const MAX_LINKS = 40;

/**
 * Where a file that does not exist yet is created: at `path`, or, when `path`
 * is a symbolic link to nothing yet, where the link points (a relative link
 * from the link's own folder), as `echo > link` would.
 */
async function newFileTarget(path: string): Promise<string> {
  let target = resolve(path);
  for (let links = 0; links < MAX_LINKS; links++) {
    let info;
    try {
      info = await lstat(target);
    } catch {
      return target; // Nothing there; a missing folder shows when the temporary file is created.
    }
    if (!info.isSymbolicLink()) return target;
    // The link's folder as the system sees it, so that `..` in the link goes where it would for `>`.
    target = resolve(await realpath(dirname(target)), await readlink(target));
  }
  throw new CliError(`cannot write ${path}: too many levels of symbolic links`);
}

async function writeInPlace(path: string, data: OutputData): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (error) {
    throw ioError(error, 'write', path);
  }
}

const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Until the returned function is called, an interrupting signal runs
 * `cleanup`, prints the line it returns, and then ends the process by that
 * signal. Installed only around writing: elsewhere argmap has nothing to clean
 * up, and a handler would delay Ctrl-C until Graphviz finishes a layout
 * (JavaScript handlers cannot run during a synchronous WebAssembly call).
 */
function onInterrupt(cleanup: (signal: NodeJS.Signals) => string): () => void {
  const stop = () => {
    for (const signal of INTERRUPTS) process.off(signal, handler);
  };
  const handler = (signal: NodeJS.Signals) => {
    stop();
    const line = cleanup(signal);
    try {
      writeSync(2, `${line}\n`);
    } catch {
      // Standard error is closed: there is no one to tell.
    }
    // With no listener left, the signal's default action ends the process.
    process.kill(process.pid, signal);
  };
  for (const signal of INTERRUPTS) process.on(signal, handler);
  return stop;
}
