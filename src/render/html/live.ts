/**
 * The script `argmap serve` adds to the page: it listens to the event stream
 * and, on each update, reloads the page with its state kept: the selection,
 * the diagram's pan and zoom, the outline's scroll, the search and filters
 * (in sessionStorage, for this tab only).
 */
export const LIVE_SCRIPT = String.raw`(function () {
'use strict';
var KEY = 'argmap-serve-state';
var page = window.argmapPage;
function byId(id) { return document.getElementById(id); }
try {
  var saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  sessionStorage.removeItem(KEY);
  if (saved && page) {
    if (saved.speaker !== undefined) { byId('speaker-filter').value = saved.speaker; byId('speaker-filter').dispatchEvent(new Event('change')); }
    if (saved.tag !== undefined) { byId('tag-filter').value = saved.tag; byId('tag-filter').dispatchEvent(new Event('change')); }
    if (saved.search) { byId('search').value = saved.search; byId('search').dispatchEvent(new Event('input')); }
    if (saved.selected) page.select(saved.selected, 'diagram');
    if (saved.view) page.setView(saved.view);
    byId('outline').scrollTop = saved.scroll || 0;
  }
} catch (e) { /* no storage: the page simply starts fresh */ }
var events = new EventSource('/events');
events.addEventListener('update', function () {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({
      selected: page && page.selected(), view: page && page.view, scroll: byId('outline').scrollTop,
      search: byId('search').value, speaker: byId('speaker-filter').value, tag: byId('tag-filter').value
    }));
  } catch (e) { /* reload without the state */ }
  location.reload();
});
})();`;
