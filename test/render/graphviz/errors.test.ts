import { describe, expect, it } from 'vitest';
import {
  dotFailureReason,
  GraphvizMissingError,
  graphvizMissing,
  rasteriserFailed,
  RenderError,
  systemDotFailed,
  systemDotNotStarted,
  wasmGraphvizFailed,
} from '../../../src/render/graphviz/errors.js';
import { renderSvg } from '../../../src/render/graphviz/render-svg.js';

describe('the render errors', () => {
  it('say what failed in one line, and keep the cause', () => {
    const cause = new Error('first line\nsecond line');
    const cases: [RenderError, string][] = [
      [systemDotFailed('/usr/bin/dot', 'Error: syntax error in line 1'), 'Graphviz (/usr/bin/dot) could not draw the map: Error: syntax error in line 1'],
      [systemDotNotStarted('/usr/bin/dot', cause), 'Could not start Graphviz (/usr/bin/dot): first line'],
      [wasmGraphvizFailed(cause), 'Graphviz (WebAssembly) could not draw the map: first line'],
      [rasteriserFailed('out of memory'), 'resvg could not draw the PNG: out of memory'],
    ];
    for (const [error, message] of cases) {
      expect(error).toBeInstanceOf(RenderError);
      expect([error.name, error.message]).toEqual(['RenderError', message]);
    }
    expect(wasmGraphvizFailed(cause).cause).toBe(cause);
    expect(systemDotFailed('dot', 'x').cause).toBeUndefined();
  });

  it('tell a missing Graphviz from a failing one', () => {
    const missing = graphvizMissing();
    expect(missing).toBeInstanceOf(GraphvizMissingError);
    expect(missing).not.toBeInstanceOf(RenderError);
    expect(missing.message).toBe("Graphviz's `dot` is not on the PATH: install Graphviz (sudo apt install graphviz, or brew install graphviz).");
  });

  it("give dot's own first line, or how it ended when it said nothing", () => {
    expect(dotFailureReason({ code: 1, signal: null, stderr: '\nError: <stdin>: syntax error in line 1 near \'}\'\nmore\n' })).toBe(
      "Error: <stdin>: syntax error in line 1 near '}'",
    );
    expect(dotFailureReason({ code: 4, signal: null, stderr: '  \n' })).toBe('it exited with code 4 and gave no reason');
    expect(dotFailureReason({ code: null, signal: 'SIGSEGV', stderr: '' })).toBe('it was ended by signal SIGSEGV');
    expect(dotFailureReason({ code: null, signal: 'SIGTERM', stderr: 'Error: out of memory\n' })).toBe('it was ended by signal SIGTERM (Error: out of memory)');
  });

  it('are what the WebAssembly renderer throws on DOT it cannot read', async () => {
    await expect(renderSvg('digraph { a -> }')).rejects.toThrow(new RenderError('Graphviz (WebAssembly) could not draw the map: syntax error in line 1 near \'}\''));
  });
});
