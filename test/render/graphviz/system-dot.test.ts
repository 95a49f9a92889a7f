import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapToDot } from '../../../src/graphviz.js';
import { GraphvizMissingError, RenderError } from '../../../src/render/graphviz/errors.js';
import { findExecutable, renderWithSystemDot } from '../../../src/render/graphviz/system-dot.js';
import { escapeInline } from '../../../src/text/escape.js';
import { HOSTILE, mapOf, statement } from './hostile.js';
import { svgNodes } from './svg-text.js';
import { runCli } from '../../helpers.js';
import { tempDir } from '../../temp.js';

const hasDot = findExecutable('dot') !== undefined;

describe('findExecutable', () => {
  it.skipIf(process.platform === 'win32')('finds an executable file on the PATH, and nothing else', () => {
    const root = tempDir('argmap-path-');
    const [plain, executable, folder] = ['plain', 'exec', 'folder'].map((name) => join(root, name));
    for (const dir of [plain!, executable!, folder!]) mkdirSync(dir);
    writeFileSync(join(plain!, 'dot'), '');
    writeFileSync(join(executable!, 'dot'), '#!/bin/sh\n');
    chmodSync(join(executable!, 'dot'), 0o755);
    mkdirSync(join(folder!, 'dot'));
    expect(findExecutable('dot', { PATH: [plain, folder, executable].join(':') })).toBe(join(executable!, 'dot'));
    expect(findExecutable('dot', { PATH: [plain, folder].join(':') })).toBeUndefined();
    expect(findExecutable('dot', {})).toBeUndefined();
  });
});

describe('renderWithSystemDot', () => {
  it('says how to install Graphviz when dot is not on the PATH', async () => {
    await expect(renderWithSystemDot('digraph {}', 'pdf', { PATH: '' })).rejects.toThrow(GraphvizMissingError);
    await expect(renderWithSystemDot('digraph {}', 'pdf', { PATH: '' })).rejects.toThrow(
      "Graphviz's `dot` is not on the PATH: install Graphviz (sudo apt install graphviz, or brew install graphviz).",
    );
  });

  it.skipIf(!hasDot)('makes PDF, PNG and SVG', async () => {
    const dot = mapToDot(mapOf([statement('a', 'A statement.')]));
    expect(Buffer.from(await renderWithSystemDot(dot, 'pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(await renderWithSystemDot(dot, 'png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(svgNodes(Buffer.from(await renderWithSystemDot(dot, 'svg')).toString('utf8')).get('a')?.lines).toEqual(['A statement.']);
  });

  it.skipIf(!hasDot)('shows hostile labels and tooltips as written, as the WebAssembly build does', async () => {
    const map = mapOf(HOSTILE.map((text, i) => statement(`s${i}`, text, { quotes: [{ value: text, span: { start: 0, end: 0 } }] })));
    const nodes = svgNodes(Buffer.from(await renderWithSystemDot(mapToDot(map, { wrap: 1000 }), 'svg')).toString('utf8'));
    HOSTILE.forEach((text, i) => {
      expect(nodes.get(`s${i}`)?.lines.join(' '), text).toBe(escapeInline(text));
      expect(nodes.get(`s${i}`)?.tooltip, text).toBe(`“${escapeInline(text)}”`);
    });
  });

  it.skipIf(!hasDot)('reports dot failing, and survives dot closing its input early', async () => {
    // dot stops reading at the syntax error, so the rest of the input cannot be
    // written (EPIPE): unhandled, that error would end the process.
    const dot = `digraph { a -> }\n${'// more\n'.repeat(300_000)}`;
    await expect(renderWithSystemDot(dot, 'svg')).rejects.toThrow(RenderError);
    await expect(renderWithSystemDot('digraph { a -> }', 'svg')).rejects.toThrow(/could not draw the map: .*syntax error/);
  });
});

/** A folder holding an executable `dot` with this script, for PATH. */
function fakeDot(script: string): { path: string; dot: string } {
  const folder = tempDir('argmap-fake-dot-');
  const dot = join(folder, 'dot');
  writeFileSync(dot, script);
  chmodSync(dot, 0o755);
  return { path: folder, dot };
}

// Exits without reading its input: writing a long DOT to it fails with EPIPE.
const FAILING_DOT = '#!/bin/sh\necho "Error: fake dot cannot draw this" >&2\nexit 3\n';
const LONG_DOT = `digraph { a }\n${'// more\n'.repeat(1_000_000)}`;
const LONG_DOT_SOURCE = "`digraph { a }\\n${'// more\\n'.repeat(1_000_000)}`";

describe.skipIf(process.platform === 'win32')('renderWithSystemDot with a dot that fails', () => {
  it('reports what dot said, though dot closed its input early', async () => {
    const { path, dot } = fakeDot(FAILING_DOT);
    await expect(renderWithSystemDot(LONG_DOT, 'pdf', { PATH: path })).rejects.toThrow(
      new RenderError(`Graphviz (${dot}) could not draw the map: Error: fake dot cannot draw this`),
    );
  });

  it('reports a dot that cannot be started', async () => {
    const { path, dot } = fakeDot('#!/nonexistent/interpreter\n');
    await expect(renderWithSystemDot(LONG_DOT, 'pdf', { PATH: path })).rejects.toThrow(
      new RenderError(`Graphviz (${dot}) could not draw the map: spawn ${dot} ENOENT`),
    );
  });

  it('leaves other unhandled rejections in the process to the process', () => {
    // In a child process: the test runner has its own rejection handlers. The
    // child records every unhandled rejection, makes one of its own while dot
    // runs, and prints what the render reports (built module: npm run build).
    const module = fileURLToPath(new URL('../../../dist/render/graphviz/system-dot.js', import.meta.url));
    const { path } = fakeDot(FAILING_DOT);
    const script = `
      const { renderWithSystemDot } = await import(${JSON.stringify(module)});
      const seen = [];
      process.on('unhandledRejection', (reason) => seen.push(reason.code ?? reason.message));
      const rendering = renderWithSystemDot(${LONG_DOT_SOURCE}, 'pdf', { PATH: ${JSON.stringify(path)} });
      Promise.reject(new Error('unrelated'));
      await rendering.catch((error) => console.log(error.name));
      await new Promise((resolve) => setTimeout(resolve, 50));
      console.log(seen.join(','));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect({ status: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({ status: 0, stdout: 'RenderError\nunrelated\n', stderr: '' });
  });

  // Node 20 and 22 call it --experimental-permission; later versions --permission.
  const permission = ['--permission', '--experimental-permission'].find((flag) => process.allowedNodeEnvironmentFlags.has(flag));

  it.skipIf(permission === undefined)('reports a process that cannot be started as a render error that does not blame Graphviz', () => {
    // Node's permission model without --allow-child-process refuses spawn() at once.
    const module = fileURLToPath(new URL('../../../dist/render/graphviz/system-dot.js', import.meta.url));
    const { path, dot } = fakeDot(FAILING_DOT);
    const script = `
      const { renderWithSystemDot } = await import(${JSON.stringify(module)});
      await renderWithSystemDot('digraph { a }', 'pdf', { PATH: ${JSON.stringify(path)} }).catch((error) => console.log(error.name + ': ' + error.message));
    `;
    const child = spawnSync(process.execPath, [permission!, '--allow-fs-read=*', '--no-warnings', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect({ status: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({
      status: 0,
      stdout: `RenderError: Could not start Graphviz (${dot}): Access to this API has been restricted\n`,
      stderr: '',
    });
  });
});


describe.skipIf(process.platform === 'win32')('renderWithSystemDot with a stand-in dot', () => {
  it('says how to install Graphviz when no folder on the PATH has dot', async () => {
    const { path: other } = fakeDot('#!/bin/sh\n');
    const elsewhere = tempDir('argmap-no-dot-');
    writeFileSync(join(elsewhere, 'dott'), '#!/bin/sh\n');
    chmodSync(join(elsewhere, 'dott'), 0o755);
    const env = { PATH: [elsewhere, join(other, 'missing')].join(':') };
    await expect(renderWithSystemDot('digraph { a }', 'pdf', env)).rejects.toThrow(
      new GraphvizMissingError("Graphviz's `dot` is not on the PATH: install Graphviz (sudo apt install graphviz, or brew install graphviz)."),
    );
  });

  it('asks dot for the format quietly, writes the DOT to its input and returns its output byte for byte', async () => {
    // Prints its arguments, a byte that is not UTF-8, then its input.
    const { path } = fakeDot(`#!/bin/sh\nprintf '%s ' "$@"\nprintf '\\377\\n'\nexec /bin/cat\n`);
    const dot = `digraph { a [label="Ünïcødé ✓"] }\n${'// more\n'.repeat(200_000)}`;
    const output = Buffer.from(await renderWithSystemDot(dot, 'png', { PATH: path }));
    const head = Buffer.from([...Buffer.from('-q -Tpng '), 0xff, 0x0a]);
    expect(output.subarray(0, head.length)).toEqual(head);
    expect(output.subarray(head.length).toString('utf8')).toBe(dot);
  });

  it('returns what a dot that succeeds wrote, though it closed its input early (EPIPE)', async () => {
    const { path } = fakeDot('#!/bin/sh\nprintf drawn\nexit 0\n');
    const drawn = await renderWithSystemDot(LONG_DOT, 'svg', { PATH: path });
    expect(Buffer.from(drawn).toString('utf8')).toBe('drawn');
    // Its own memory, not a view into a pool shared with other buffers.
    expect([drawn.byteOffset, drawn.buffer.byteLength]).toEqual([0, 5]);
  });

  it('reports a dot ended by a signal, with what it said if anything', async () => {
    const killed = fakeDot('#!/bin/sh\nkill -KILL $$\n');
    await expect(renderWithSystemDot('digraph { a }', 'pdf', { PATH: killed.path })).rejects.toThrow(
      new RenderError(`Graphviz (${killed.dot}) could not draw the map: it was ended by signal SIGKILL`),
    );
    const terminated = fakeDot('#!/bin/sh\necho "Error: out of memory" >&2\nkill -TERM $$\n');
    await expect(renderWithSystemDot(LONG_DOT, 'pdf', { PATH: terminated.path })).rejects.toThrow(
      new RenderError(`Graphviz (${terminated.dot}) could not draw the map: it was ended by signal SIGTERM (Error: out of memory)`),
    );
  });

  it('reports a dot that fails without a word by its exit code', async () => {
    const { path, dot } = fakeDot('#!/bin/sh\nexit 4\n');
    await expect(renderWithSystemDot('digraph { a }', 'pdf', { PATH: path })).rejects.toThrow(
      new RenderError(`Graphviz (${dot}) could not draw the map: it exited with code 4 and gave no reason`),
    );
  });

  it('makes export exit 70 with the reason when dot is killed', () => {
    const { path, dot } = fakeDot('#!/bin/sh\nkill -KILL $$\n');
    const output = join(tempDir('argmap-killed-dot-'), 'map.pdf');
    expect(runCli(['export', 'maps/example.yaml', '-o', output], { env: { PATH: path } })).toEqual({
      code: 70,
      stdout: '',
      stderr: `argmap: Graphviz (${dot}) could not draw the map: it was ended by signal SIGKILL\n`,
    });
  });
});
