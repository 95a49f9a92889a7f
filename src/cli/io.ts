import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './exit-codes.js';

export const DEFAULT_MAX_SIZE_MB = 64;
export const STDIN_NAME = '<stdin>';

/** A file's bytes, read whole; `-` is standard input. Refuses directories and files over the limit. */
export async function readInput(path: string, maxBytes: number, stdin: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  if (path === '-') return readStream(stdin, maxBytes);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`cannot read ${path}: it is a directory. Give the path of a map file (.yaml).`);
    size = info.size;
  } catch (error) {
    throw ioError(error, 'read', path);
  }
  if (size > maxBytes) throw tooBig(path, maxBytes);
  try {
    return await readFile(path);
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
  return new CliError(
    `${path} is larger than the ${Number(megabytes.toFixed(2))} MB limit. Raise it with --max-size <MB> if the file is meant to be this big.`,
  );
}

/** Turns a Node I/O error into one line that says what happened to which file. */
export function ioError(error: unknown, action: 'read' | 'write', path: string): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOENT: action === 'read' ? 'no such file' : 'the folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the file system is read-only',
    EDQUOT: 'the disk quota is exceeded',
    EMFILE: 'too many open files',
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new CliError(`cannot ${action} ${path}: ${reason}`);
}

/**
 * Writes a file atomically: the data (whole, or in chunks) goes to a temporary file in the same
 * folder, which is renamed over the target only when complete. An interrupted
 * or failed write leaves the old file (or nothing) and no partial file.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const cleanup = () => rm(temporary, { force: true }).catch(() => undefined);
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const handle = await open(temporary, 'wx', 0o666);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else for (const chunk of data) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await cleanup();
    throw ioError(error, 'write', path);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
