/**
 * The page's script, as plain browser JavaScript. It reads the map from the
 * JSON script element and builds everything with createElement and
 * textContent: no map text is ever parsed as HTML. The SVG is parsed as XML
 * (which runs nothing), stripped of scripts, event attributes and links, and
 * only then put in the page.
 *
 * The page allows exactly one inline script, by its hash, so it is one
 * string, written in two files that read top to bottom: this one (the data,
 * header, panes, diagram) and script-outline.ts (outline, selection, panel,
 * search, filters). The two halves are one function: variables of the first
 * are in scope in the second.
 */
import { OUTLINE_AND_PANEL_SCRIPT } from './script-outline.js';

/** The first half: the data, the header and panes, the diagram with pan and zoom. */
const LAYOUT_AND_DIAGRAM_SCRIPT = String.raw`(function () {
'use strict';
var data = JSON.parse(document.getElementById('argmap-data').textContent);
var items = data.items;
var byKey = new Map();
items.forEach(function (item, i) { byKey.set(item.kind + ':' + item.id, i); });
var speakerName = new Map(data.speakers.map(function (s) { return [s.id, s.name]; }));
function el(tag, attrs, text) {
  var node = document.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}
function itemText(item) { return item.text || (item.relation + ' ' + item.target); }

// Header, toolbar, the three panes.
var header = el('header');
header.appendChild(el('h1', null, data.title || 'Argument map'));
var src = data.source;
var about = [];
if (src && src.title) about.push('Source: ' + src.title);
if (src && src.author) about.push('by ' + src.author);
if (src && src.date) about.push(src.date);
if (src && src.url) about.push(src.url);
if (data.date) about.push('Page made ' + data.date);
if (about.length) header.appendChild(el('p', null, about.join(' · ')));
document.body.appendChild(header);
if (data.problems) {
  var problems = el('pre', { id: 'problems', role: 'alert' }, data.problems);
  document.body.appendChild(problems);
}

var toolbar = el('div', { class: 'toolbar', role: 'search' });
var search = el('input', { type: 'search', id: 'search', placeholder: 'id or words; Enter for the next', 'aria-label': 'Search ids and text' });
var searchStatus = el('span', { id: 'search-status', 'aria-live': 'polite' });
var speakerFilter = el('select', { id: 'speaker-filter', 'aria-label': 'Show one speaker' });
speakerFilter.appendChild(el('option', { value: '' }, 'All speakers'));
data.speakers.forEach(function (s) { speakerFilter.appendChild(el('option', { value: s.id }, s.name)); });
var tagFilter = el('select', { id: 'tag-filter', 'aria-label': 'Show one tag' });
tagFilter.appendChild(el('option', { value: '' }, 'All tags'));
data.tags.forEach(function (t) { tagFilter.appendChild(el('option', { value: t }, t)); });
toolbar.append(search, searchStatus, speakerFilter, tagFilter);
var legend = el('div', { id: 'legend' });
[['support', '+ supports'], ['attack', '\u2212 attacks'], ['undercut', '\u2933 undercuts'], ['', '\u21ba shown in full elsewhere']].forEach(function (pair) {
  legend.appendChild(el('span', pair[0] ? { class: pair[0] } : null, pair[1]));
});
toolbar.appendChild(legend);
document.body.appendChild(toolbar);

var main = el('main');
var diagram = el('section', { id: 'diagram', tabindex: '0', 'aria-label': 'Diagram: drag to move, wheel or + and \u2212 to zoom, 0 to fit' });
var outline = el('nav', { id: 'outline', 'aria-label': 'Outline' });
var panel = el('aside', { id: 'panel', 'aria-live': 'polite' });
panel.appendChild(el('p', null, 'Select a statement or argument to see it here.'));
main.append(diagram, outline, panel);
document.body.appendChild(main);

// The diagram, with pan and zoom.
var svg = null, view = { x: 0, y: 0, k: 1 }, nodesByKey = new Map();
if (data.svg) {
  var parsed = new DOMParser().parseFromString(data.svg, 'image/svg+xml');
  var root = parsed.documentElement;
  if (root && root.nodeName === 'svg') {
    Array.prototype.forEach.call(root.querySelectorAll('script,foreignObject,iframe,object,embed'), function (n) { n.remove(); });
    Array.prototype.forEach.call(root.querySelectorAll('*'), function (n) {
      Array.prototype.slice.call(n.attributes).forEach(function (a) {
        if (/^on/i.test(a.name) || /href$/i.test(a.name) || a.name === 'style') n.removeAttribute(a.name);
      });
    });
    svg = document.importNode(root, true);
    diagram.appendChild(svg);
    Array.prototype.forEach.call(svg.querySelectorAll('g.node'), function (g) {
      var title = g.querySelector('title');
      if (!title) return;
      var id = title.textContent;
      var key = byKey.has('statement:' + id) ? 'statement:' + id : 'argument:' + id;
      if (!byKey.has(key)) return;
      nodesByKey.set(key, g);
      g.addEventListener('click', function () { select(key, 'diagram'); });
    });
  }
} else {
  diagram.appendChild(el('p', { class: 'note' }, data.diagramNote || 'No diagram.'));
}
var zoom = el('div', { class: 'zoom' });
[['+', 'Zoom in', function () { zoomBy(1.25); }], ['\u2212', 'Zoom out', function () { zoomBy(0.8); }], ['Fit', 'Fit the diagram', fit]].forEach(function (b) {
  var button = el('button', { type: 'button', 'aria-label': b[1] }, b[0]);
  button.addEventListener('click', b[2]);
  zoom.appendChild(button);
});
if (svg) diagram.appendChild(zoom);
function apply() { if (svg) svg.style.transform = 'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.k + ')'; }
function size() { var w = svg.width.baseVal.value || 1, h = svg.height.baseVal.value || 1; return { w: w, h: h }; }
// The diagram stays fitted to its pane as the pane changes size (the panel filling, the window), until the reader pans or zooms.
var autoFit = true;
function fit() {
  autoFit = true;
  if (!svg) return;
  var s = size(), W = diagram.clientWidth || 1, H = diagram.clientHeight || 1;
  view.k = Math.min(W / s.w, H / s.h, 1); view.x = (W - s.w * view.k) / 2; view.y = (H - s.h * view.k) / 2; apply();
}
function zoomBy(f, cx, cy) {
  if (cx === undefined) { cx = diagram.clientWidth / 2; cy = diagram.clientHeight / 2; }
  autoFit = false;
  var k = Math.max(0.02, Math.min(8, view.k * f));
  view.x = cx - (cx - view.x) * (k / view.k); view.y = cy - (cy - view.y) * (k / view.k); view.k = k; apply();
}
diagram.addEventListener('wheel', function (e) {
  if (!svg) return;
  e.preventDefault();
  var r = diagram.getBoundingClientRect();
  zoomBy(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
}, { passive: false });
var drag = null;
diagram.addEventListener('pointerdown', function (e) {
  if (!svg || e.button !== 0 || e.target.closest('.zoom')) return;
  drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
});
window.addEventListener('pointermove', function (e) {
  if (!drag) return;
  var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
  if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
  drag.moved = true; autoFit = false; diagram.classList.add('dragging');
  view.x = drag.vx + dx; view.y = drag.vy + dy; apply();
});
window.addEventListener('pointerup', function () {
  if (drag && drag.moved) diagram.addEventListener('click', function stop(e) { e.stopPropagation(); }, { capture: true, once: true });
  drag = null; diagram.classList.remove('dragging');
});
diagram.addEventListener('keydown', function (e) {
  var step = 60;
  if (e.key === '+' || e.key === '=') zoomBy(1.25);
  else if (e.key === '-' || e.key === '\u2212') zoomBy(0.8);
  else if (e.key === '0') fit();
  else if (e.key === 'ArrowLeft') { view.x += step; apply(); }
  else if (e.key === 'ArrowRight') { view.x -= step; apply(); }
  else if (e.key === 'ArrowUp') { view.y += step; apply(); }
  else if (e.key === 'ArrowDown') { view.y -= step; apply(); }
  else return;
  e.preventDefault();
});
`;

export const PAGE_SCRIPT = LAYOUT_AND_DIAGRAM_SCRIPT + OUTLINE_AND_PANEL_SCRIPT;
