/**
 * The second half of the page's script (script.ts says why it is one string
 * in two files): the outline, selection in the outline, the diagram and the
 * panel, search and filters. It runs inside the function the first half opens.
 */
export const OUTLINE_AND_PANEL_SCRIPT = String.raw`
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
function names(ids) { return ids.map(function (id) { return speakerName.get(id) || id; }).join(', '); }
function actName(act) { return act.replace('-', ' '); }
function showPanel(item) {
  panel.textContent = '';
  panel.appendChild(el('h2', null, (item.kind === 'statement' ? 'Statement ' : 'Argument ') + item.id));
  var dl = el('dl');
  field(dl, item.kind === 'statement' ? 'Text' : 'Title', item.text);
  if (item.relation) field(dl, 'Relation', item.relation + ' ' + item.target);
  if (item.premises && item.premises.length) field(dl, 'Premises', item.premises.join(', '));
  if (item.speaker) field(dl, 'Speaker', speakerName.get(item.speaker) || item.speaker);
  if (item.saidBy) field(dl, 'Said by', names(item.saidBy));
  if (item.endorsedBy) field(dl, 'Endorsed by', names(item.endorsedBy));
  if (item.act) field(dl, 'Act', actName(item.act));
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
    if (q.act) box.appendChild(el('p', { class: 'passage' }, '(' + actName(q.act) + ')'));
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
  // As with argmap tree --speaker: what the speaker argues, and what the text reports them saying.
  function said(item) { return item.speaker === speaker || (item.saidBy || []).indexOf(speaker) >= 0; }
  function keep(item) { return (!speaker || said(item)) && (!tag || item.tags.indexOf(tag) >= 0); }
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

