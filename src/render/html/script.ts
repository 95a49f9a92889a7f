/**
 * The page's script, as plain browser JavaScript. It reads the map from the
 * JSON script element and builds everything with createElement and
 * textContent: no map text is ever parsed as HTML. The SVG is parsed as XML
 * (which runs nothing), stripped of scripts, event attributes and links, and
 * only then put in the page.
 *
 * It is one string, over the usual 250 lines, because the page allows exactly
 * one inline script by its hash: splitting it would mean several hashes, or
 * a build step, for a file that is read top to bottom (header, diagram,
 * outline, panel, search, filters).
 */
export const PAGE_SCRIPT = String.raw`(function () {
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

// The outline: one row per line of argmap tree, folded and unfolded by depth.
var rows = [], rowsByKey = new Map();
var MARK = { support: '+', rebut: '\u2212', undermine: '\u2212', undercut: '\u2933' };
var CLASS = { support: 'support', rebut: 'attack', undermine: 'attack', undercut: 'undercut' };
data.outline.forEach(function (r, n) {
  var item = items[r[0]], key = item.kind + ':' + item.id;
  var row = el('div', { class: 'row ' + item.kind + (r[2] === 'full' ? '' : ' ref'), tabindex: '0', role: 'treeitem', 'aria-level': String(r[1] + 1) });
  row.style.paddingLeft = (r[1] * 1.2) + 'em';
  var next = data.outline[n + 1];
  var twist = el('button', { type: 'button', class: 'twist', tabindex: '-1', 'aria-hidden': 'true' }, next && next[1] > r[1] ? '\u25be' : '');
  row.appendChild(twist);
  if (item.kind === 'argument') row.appendChild(el('span', { class: 'mark ' + (CLASS[r[3]] || '') }, MARK[r[3]] || ''));
  row.appendChild(el('span', { class: 'text' }, (r[2] === 'full' ? '' : (r[2] === 'cycle' ? '\u21ba cycle: ' : '\u21ba ')) + itemText(item)));
  row.appendChild(el('span', { class: 'rid' }, item.id));
  row.dataset.depth = r[1];
  row.dataset.key = key;
  if (next && next[1] > r[1]) { row.setAttribute('aria-expanded', 'true'); }
  row.dataset.n = n;
  rows.push(row);
  if (!rowsByKey.has(key)) rowsByKey.set(key, []);
  rowsByKey.get(key).push(row);
});
outline.setAttribute('role', 'tree');
// One listener for all the rows: a 10,000-row outline would otherwise register 30,000.
function rowOf(e) { var row = e.target.closest && e.target.closest('.row'); return row ? +row.dataset.n : -1; }
outline.addEventListener('click', function (e) {
  var n = rowOf(e); if (n < 0) return;
  if (e.target.classList.contains('twist')) { toggle(n); return; }
  select(rows[n].dataset.key, 'outline');
});
outline.addEventListener('keydown', function (e) {
  var n = rowOf(e); if (n < 0) return;
  var row = rows[n];
  if (e.key === 'Enter' || e.key === ' ') { select(row.dataset.key, 'outline'); e.preventDefault(); }
  else if (e.key === 'ArrowLeft' && row.getAttribute('aria-expanded') === 'true') toggle(n);
  else if (e.key === 'ArrowRight' && row.getAttribute('aria-expanded') === 'false') toggle(n);
  else if (e.key === 'ArrowDown') { moveFocus(n, 1); e.preventDefault(); }
  else if (e.key === 'ArrowUp') { moveFocus(n, -1); e.preventDefault(); }
});
var fragment = document.createDocumentFragment();
rows.forEach(function (row) { fragment.appendChild(row); });
outline.appendChild(fragment);
function toggle(n) {
  var row = rows[n], open = row.getAttribute('aria-expanded') !== 'true', depth = +row.dataset.depth;
  row.setAttribute('aria-expanded', String(open));
  row.firstChild.textContent = open ? '\u25be' : '\u25b8';
  // Unfolding shows the children as they were: a folded child keeps its own rows folded.
  var i = n + 1, skipBelow = Infinity;
  while (i < rows.length && +rows[i].dataset.depth > depth) {
    var d = +rows[i].dataset.depth;
    if (d <= skipBelow) skipBelow = Infinity;
    if (!open) rows[i].classList.add('folded');
    else if (d <= skipBelow) {
      rows[i].classList.remove('folded');
      if (rows[i].getAttribute('aria-expanded') === 'false') skipBelow = d;
    }
    i++;
  }
}
function visible(row) { return !row.hidden && !row.classList.contains('folded'); }
function moveFocus(n, step) {
  for (var i = n + step; i >= 0 && i < rows.length; i += step) if (visible(rows[i])) { rows[i].focus(); return; }
}
function unfoldTo(row) {
  var n = rows.indexOf(row), depth = +row.dataset.depth;
  for (var i = n - 1; i >= 0 && depth > 0; i--) {
    var d = +rows[i].dataset.depth;
    if (d < depth) { if (rows[i].getAttribute('aria-expanded') === 'false') toggle(i); depth = d; }
  }
}

// Selection, shown in the outline, the diagram and the panel.
var selected = null;
function select(key, from) {
  if (selected) {
    (rowsByKey.get(selected) || []).forEach(function (r) { r.classList.remove('selected'); r.removeAttribute('aria-selected'); });
    var old = nodesByKey.get(selected); if (old) old.classList.remove('selected');
  }
  selected = key;
  var list = rowsByKey.get(key) || [];
  list.forEach(function (r) { r.classList.add('selected'); r.setAttribute('aria-selected', 'true'); });
  var first = list.filter(function (r) { return !r.classList.contains('ref'); })[0] || list[0];
  if (first && from !== 'outline') { unfoldTo(first); first.scrollIntoView({ block: 'nearest' }); }
  var node = nodesByKey.get(key);
  if (node) { node.classList.add('selected'); if (from !== 'diagram') centre(node); }
  showPanel(items[byKey.get(key)]);
  document.body.dataset.selected = key;
}
function centre(node) {
  var box = node.getBBox ? node.getBBox() : null;
  if (!box) return;
  var m = svg.querySelector('g.graph').transform.baseVal.consolidate();
  var x = box.x + box.width / 2 + (m ? m.matrix.e : 0), y = box.y + box.height / 2 + (m ? m.matrix.f : 0);
  var scale = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? size().w / svg.viewBox.baseVal.width : 1;
  view.x = diagram.clientWidth / 2 - x * scale * view.k; view.y = diagram.clientHeight / 2 - y * scale * view.k; apply();
}
function field(dl, name, value) {
  if (value === undefined || value === null || value === '') return;
  dl.appendChild(el('dt', null, name));
  if (typeof value === 'string') dl.appendChild(el('dd', null, value)); else { var dd = el('dd'); dd.appendChild(value); dl.appendChild(dd); }
}
function showPanel(item) {
  panel.textContent = '';
  panel.appendChild(el('h2', null, (item.kind === 'statement' ? 'Statement ' : 'Argument ') + item.id));
  var dl = el('dl');
  field(dl, item.kind === 'statement' ? 'Text' : 'Title', item.text);
  if (item.relation) field(dl, 'Relation', item.relation + ' ' + item.target);
  if (item.premises && item.premises.length) field(dl, 'Premises', item.premises.join(', '));
  if (item.speaker) field(dl, 'Speaker', speakerName.get(item.speaker) || item.speaker);
  if (item.tags.length) field(dl, 'Tags', item.tags.join(', '));
  field(dl, 'Scheme', item.scheme);
  field(dl, 'Note', item.note);
  if (data.hasEvaluation) {
    field(dl, 'Label', item.label || 'none');
    if (typeof item.strength === 'number') field(dl, 'Strength', item.strength.toFixed(3));
  }
  item.quotes.forEach(function (q) {
    var box = el('div');
    box.appendChild(el('blockquote', null, q.text));
    if (q.passage) {
      var p = el('p', { class: 'passage' });
      p.append('\u2026' + q.passage.before, el('mark', null, q.passage.match), q.passage.after + '\u2026');
      box.appendChild(p);
    } else if (data.hasSource) box.appendChild(el('p', { class: 'passage' }, 'Not found in the source.'));
    field(dl, 'Quote', box);
  });
  panel.appendChild(dl);
}

// Search and filters.
var matches = [], current = -1;
function runSearch() {
  matches.forEach(function (key) {
    (rowsByKey.get(key) || []).forEach(function (r) { r.classList.remove('match'); });
    var n = nodesByKey.get(key); if (n) n.classList.remove('match');
  });
  var q = search.value.trim().toLowerCase();
  matches = []; current = -1;
  if (q) items.forEach(function (item) {
    if (item.id.toLowerCase().indexOf(q) >= 0 || item.text.toLowerCase().indexOf(q) >= 0) matches.push(item.kind + ':' + item.id);
  });
  matches.forEach(function (key) {
    (rowsByKey.get(key) || []).forEach(function (r) { r.classList.add('match'); });
    var n = nodesByKey.get(key); if (n) n.classList.add('match');
  });
  searchStatus.textContent = q ? (matches.length ? matches.length + ' found' : 'nothing found') : '';
}
search.addEventListener('input', runSearch);
search.addEventListener('keydown', function (e) {
  if (e.key !== 'Enter' || !matches.length) return;
  current = (current + (e.shiftKey ? matches.length - 1 : 1)) % matches.length;
  select(matches[current], 'search');
  searchStatus.textContent = (current + 1) + ' of ' + matches.length;
  e.preventDefault();
});
function runFilters() {
  var speaker = speakerFilter.value, tag = tagFilter.value;
  function keep(item) { return (!speaker || item.speaker === speaker) && (!tag || item.tags.indexOf(tag) >= 0); }
  rows.forEach(function (row) { row.hidden = !keep(items[byKey.get(row.dataset.key)]); });
  nodesByKey.forEach(function (g, key) { g.classList.toggle('dim', !keep(items[byKey.get(key)])); });
}
speakerFilter.addEventListener('change', runFilters);
tagFilter.addEventListener('change', runFilters);

// Print with every row unfolded (the style sheet shows folded rows on paper).
fit();
if (typeof ResizeObserver === 'function') new ResizeObserver(function () { if (autoFit) fit(); }).observe(diagram);
else window.addEventListener('resize', function () { if (autoFit) fit(); });
function setView(v) { autoFit = false; view.x = +v.x || 0; view.y = +v.y || 0; view.k = +v.k || 1; apply(); }
window.argmapPage = { select: select, view: view, fit: fit, setView: setView, selected: function () { return selected; } };
document.body.dataset.ready = 'true';
})();`;
