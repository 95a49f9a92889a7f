import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RenderError } from '../../../src/render/graphviz/render-svg.js';
import { renderWithSystemDot } from '../../../src/render/graphviz/system-dot.js';
import { tempDir } from '../../temp.js';

/** The worker thread that runs dot, replaced by one that behaves as each test says. */
const fake = vi.hoisted(() => ({ behave: (_worker: NodeJS.EventEmitter) => {}, terminated: 0 }));

vi.mock('node:worker_threads', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:worker_threads')>();
  const { EventEmitter: Emitter } = await import('node:events');
  class Worker extends Emitter {
    constructor() {
      super();
      setImmediate(() => fake.behave(this));
    }
    async terminate() {
      fake.terminated++;
      return 0;
    }
  }
  return { ...original, Worker };
});

afterEach(() => {
  fake.terminated = 0;
});

function fakeDotPath(): { path: string; dot: string } {
  const folder = tempDir('argmap-fake-dot-');
  const dot = join(folder, 'dot');
  writeFileSync(dot, '#!/bin/sh\nexit 3\n');
  chmodSync(dot, 0o755);
  return { path: folder, dot };
}

describe.skipIf(process.platform === 'win32')('renderWithSystemDot and its worker thread', () => {
  it('reports the worker failing (out of memory, say) as the worker failing, not Graphviz', async () => {
    const { path, dot } = fakeDotPath();
    fake.behave = (worker) => worker.emit('error', new Error('Worker terminated due to reaching memory limit: JS heap out of memory'));
    await expect(renderWithSystemDot('digraph { a }', 'pdf', { PATH: path })).rejects.toThrow(
      new RenderError(`The worker thread that runs Graphviz (${dot}) failed: Worker terminated due to reaching memory limit: JS heap out of memory`),
    );
    expect(fake.terminated).toBe(1);
  });

  it('reports the worker stopping without a reply', async () => {
    const { path, dot } = fakeDotPath();
    fake.behave = (worker) => worker.emit('exit', 1);
    await expect(renderWithSystemDot('digraph { a }', 'pdf', { PATH: path })).rejects.toThrow(
      new RenderError(`The worker thread that runs Graphviz (${dot}) failed: it stopped (exit code 1)`),
    );
    expect(fake.terminated).toBe(1);
  });

  it("ends the worker after its reply, whether dot's output or dot's error", async () => {
    const { path, dot } = fakeDotPath();
    fake.behave = (worker) => worker.emit('message', { output: new Uint8Array([1, 2]) });
    expect(await renderWithSystemDot('digraph { a }', 'pdf', { PATH: path })).toEqual(new Uint8Array([1, 2]));
    expect(fake.terminated).toBe(1);
    fake.behave = (worker) => worker.emit('message', { error: 'Command failed\nMESSAGE:\nError: syntax error in line 1' });
    await expect(renderWithSystemDot('digraph { a }', 'pdf', { PATH: path })).rejects.toThrow(
      new RenderError(`Graphviz (${dot}) could not draw the map: Error: syntax error in line 1`),
    );
    expect(fake.terminated).toBe(2);
  });
});
