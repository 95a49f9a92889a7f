import { createHash } from 'node:crypto';
import { LIVE_SCRIPT } from './live.js';
import { PAGE_SCRIPT } from './script.js';
import { PAGE_STYLE } from './style.js';
import type { PageData } from './data.js';

export interface PageInput {
  data: PageData;
  /** The Graphviz SVG of the map, or undefined to show the outline only. */
  svg?: string;
  /** Why there is no diagram (a very big map), shown in its place. */
  diagramNote?: string;
  /** The date shown in the header (the caller's clock; the renderer reads none). */
  date?: string;
  /** The problems of the map as `check` prints them, shown over the page (argmap serve, while the file being written has errors). */
  problems?: string;
  /** For argmap serve: add the script that follows the server's event stream at /events (and let it connect there). */
  live?: boolean;
}

/**
 * One self-contained HTML page: inline style and script allowed by their
 * hashes in a Content-Security-Policy that forbids everything else (no
 * network, no other script, no plugins, no forms). The map travels as JSON in
 * a non-executed script element, escaped so that nothing in it can end the
 * element; the page's script inserts every piece of map text with textContent.
 */
export function renderHtmlPage(input: PageInput): string {
  const payload = { ...input.data, svg: input.svg ?? null, diagramNote: input.diagramNote ?? null, date: input.date ?? null, problems: input.problems ?? null };
  const live = input.live === true;
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(PAGE_SCRIPT)}'${live ? ` '${sha256(LIVE_SCRIPT)}'` : ''}`,
    ...(live ? ["connect-src 'self'"] : []),
    `style-src '${sha256(PAGE_STYLE)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(input.data.title ?? 'Argument map')}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    `<script type="application/json" id="argmap-data">${jsonForScript(payload)}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    ...(live ? [`<script>${LIVE_SCRIPT}</script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * JSON that can sit inside a script element: `<`, `>` and `&` become \u
 * escapes (no `</script>` or `<!--` can appear), and so do U+2028 and U+2029.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
