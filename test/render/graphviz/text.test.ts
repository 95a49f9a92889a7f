import { fromDot } from 'ts-graphviz';
import { describe, expect, it } from 'vitest';
import { mapToDot } from '../../../src/graphviz.js';
import { mapOf, statement } from './hostile.js';
import { createNodeNames, htmlText, labelText, MAX_LABEL_CHARS, MAX_TOOLTIP_CHARS, tooltipText } from '../../../src/render/graphviz/text.js';

describe('htmlText', () => {
  it('writes the characters HTML-like labels read as markup as entities', () => {
    expect(htmlText('<b>"Tom" & Jerry</b>')).toBe('&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;');
    expect(htmlText('&amp; &#92;')).toBe('&amp;amp; &amp;#92;');
  });

  it('doubles backslashes, so that \\N, \\G and \\l stay text', () => {
    expect(htmlText(String.raw`\N \G \l \\ end\ `)).toBe(String.raw`\\N \\G \\l \\\\ end\\`);
  });

  it('makes control characters and bidi overrides visible, and folds line breaks', () => {
    expect(htmlText('a\u001b[31mb\u202Ec\nd')).toBe(String.raw`a\\x1B[31mb\\u{202E}c d`);
    // XML forbids these two; Graphviz would drop the whole label.
    expect(htmlText('a\uFFFEb\uFFFF')).toBe(String.raw`a\\u{FFFE}b\\u{FFFF}`);
  });
});

describe('tooltipText', () => {
  it('escapes each line and joins the lines with line breaks', () => {
    expect(tooltipText(['“<i>quote</i>”', '— A & B'])).toBe('“&lt;i&gt;quote&lt;/i&gt;”\n— A &amp; B');
  });

  it('quadruples backslashes: Graphviz expands tooltips twice', () => {
    expect(tooltipText([String.raw`\N`])).toBe(String.raw`\\\\N`);
  });

  it('never holds a double quote, so ts-graphviz has nothing to quote, and never looks like <html>', () => {
    const text = tooltipText(['<"x">']);
    expect(text).toBe('&lt;&quot;x&quot;&gt;');
  });

  it('cuts long text, without splitting a surrogate pair', () => {
    expect(tooltipText(['x'.repeat(5000)])).toBe(`${'x'.repeat(MAX_TOOLTIP_CHARS - 1)}…`);
    const emoji = tooltipText(['x'.repeat(MAX_TOOLTIP_CHARS - 2) + '😀'.repeat(10)]);
    expect(emoji).toBe(`${'x'.repeat(MAX_TOOLTIP_CHARS - 2)}…`);
  });
});

describe('createNodeNames', () => {
  it('keeps valid ids and gives anything else a name no id can have', () => {
    const name = createNodeNames();
    expect(name('build-lane')).toBe('build-lane');
    expect(name('kremlin.line')).toBe('kremlin.line');
    expect(name('a" -> b')).toBe('#1');
    expect(name('x\\')).toBe('#2');
    expect(name('a" -> b')).toBe('#1');
  });
});

describe('labelText', () => {
  it('cuts text longer than a label shows, and htmlText cuts the same way', () => {
    expect(labelText('x'.repeat(MAX_LABEL_CHARS))).toBe('x'.repeat(MAX_LABEL_CHARS));
    expect(labelText('x'.repeat(2_000_000))).toBe(`${'x'.repeat(MAX_LABEL_CHARS - 1)}…`);
    expect(htmlText('<'.repeat(5000))).toBe(`${'&lt;'.repeat(MAX_LABEL_CHARS - 1)}…`);
  });

  it('cuts a text to MAX_LABEL_CHARS as shown, escapes included, so Graphviz can read and lay out the label', () => {
    const map = mapOf([statement('s', '\u0001'.repeat(1500))]);
    const label = fromDot(mapToDot(map, { wrap: 10_000, legend: false })).getNode('s')!.attributes.get('label');
    // 1,500 characters show as 6,000 ("\x01" each): 499 of them and the start of one more make 1,999, then "…".
    expect(label).toBe(`<${String.raw`\\x01`.repeat(499)}${String.raw`\\x0`}…<BR ALIGN="LEFT"/>>`);
  });
});
