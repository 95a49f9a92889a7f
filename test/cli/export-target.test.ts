import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/cli/export-target.js';

describe('resolveTarget', () => {
  it('takes the format from --format, else from the -o extension, else SVG', () => {
    expect(resolveTarget({ format: 'dot', output: 'map.svg' }, false)).toEqual({ format: 'dot', renderer: 'wasm', output: 'map.svg' });
    expect(resolveTarget({ output: 'out/Map.PNG' }, false)).toEqual({ format: 'png', renderer: 'wasm', output: 'out/Map.PNG' });
    expect(resolveTarget({ output: 'map.gv' }, false)).toEqual({ format: 'dot', renderer: 'wasm', output: 'map.gv' });
    expect(resolveTarget({}, false)).toEqual({ format: 'svg', renderer: 'wasm' });
    expect(resolveTarget({ output: '-' }, false)).toEqual({ format: 'svg', renderer: 'wasm' });
  });

  it('renders PDF with the system Graphviz, and refuses the built-in renderer for it', () => {
    expect(resolveTarget({ output: 'map.pdf' }, false)).toEqual({ format: 'pdf', renderer: 'dot', output: 'map.pdf' });
    expect(resolveTarget({ format: 'svg', renderer: 'dot' }, false)).toEqual({ format: 'svg', renderer: 'dot' });
    expect(() => resolveTarget({ output: 'map.pdf', renderer: 'wasm' }, false)).toThrow(
      'PDF needs the system Graphviz (--renderer dot); the built-in renderer makes SVG and PNG.',
    );
  });

  it('refuses an extension it does not know', () => {
    expect(() => resolveTarget({ output: 'map.jpg' }, false)).toThrow(
      'cannot tell the format from the name map.jpg: use --format dot, svg, png, pdf, json, mermaid, aif, argdown, or end the name in .dot, .svg, .png, .pdf, .json, .mmd, .aif.json or .argdown.',
    );
  });

  it('tells AIF (.aif.json) from argmap-json (.json), and Mermaid by .mmd', () => {
    expect(resolveTarget({ output: 'out/map.aif.json' }, false).format).toBe('aif');
    expect(resolveTarget({ output: 'map.JSON' }, false).format).toBe('json');
    expect(resolveTarget({ output: 'map.mmd' }, false).format).toBe('mermaid');
  });

  it('refuses to send PNG or PDF to a terminal, but not text, a pipe or a file', () => {
    expect(() => resolveTarget({ format: 'png' }, true)).toThrow(
      'not writing PNG to a terminal: give a file with -o map.png, or pipe the output (argmap export … --format png > map.png).',
    );
    expect(() => resolveTarget({ format: 'pdf' }, true)).toThrow('not writing PDF to a terminal');
    expect(resolveTarget({ format: 'svg' }, true)).toEqual({ format: 'svg', renderer: 'wasm' });
    expect(resolveTarget({ format: 'png' }, false)).toEqual({ format: 'png', renderer: 'wasm' });
    expect(resolveTarget({ output: 'map.png' }, true)).toEqual({ format: 'png', renderer: 'wasm', output: 'map.png' });
  });
});
